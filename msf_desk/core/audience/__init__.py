"""What each audience may read: the pack, the minutes and their registers, the register of
interests, the reasoned-response report and the open data.

Every view here is already cut to its audience ("members" or "public"); exporters render
what these functions return and decide nothing about privacy. The rule of who may be named
in public lives once, in `privacy`.
"""
