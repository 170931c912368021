"""The domain rules of MSF Desk: plain Python, no Qt, no printing."""
