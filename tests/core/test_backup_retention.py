"""Which rolling backups a rotation keeps: the last 10, and the newest of each of 30 days."""
import datetime as dt

from msf_desk.core.backups import due, to_delete, to_keep

NOW = dt.datetime(2026, 12, 1, 15, 0)


def test_nothing_to_keep_or_delete_without_backups():
    assert to_keep([], NOW) == set()
    assert to_delete([], NOW) == []


def test_the_ten_newest_are_kept_whatever_their_age():
    old = [dt.datetime(2020, 1, 1) + dt.timedelta(hours=h) for h in range(12)]
    keep = to_keep(old, NOW)
    assert keep == set(old[2:])
    assert to_delete(old, NOW) == old[:2]


def test_many_backups_in_one_day_keep_ten_and_the_days_newest():
    today = [NOW - dt.timedelta(minutes=15 * i) for i in range(30)]
    keep = to_keep(today, NOW)
    assert keep == set(sorted(today)[-10:])
    assert max(today) in keep


def test_one_a_day_for_thirty_days_counting_today():
    # Three backups a day for 40 days, taken at 09:00, 12:00 and 17:00.
    times = [dt.datetime(2026, 12, 1, h) - dt.timedelta(days=d) for d in range(40) for h in (9, 12, 17)]
    times = [t for t in times if t <= NOW]
    keep = to_keep(times, NOW)
    daily = {t for t in keep if t.hour == 17 or (t.date() == NOW.date() and t.hour == 12)}
    # The day's newest: 12:00 today (17:00 is still to come), 17:00 on each of the 29 days before.
    assert {t.date() for t in daily} == {NOW.date() - dt.timedelta(days=d) for d in range(30)}
    # Day 30 back (outside the window) keeps nothing; the last ten are all from the last 4 days.
    assert not any(t.date() == NOW.date() - dt.timedelta(days=30) for t in keep)
    assert len(keep) == 10 + 30 - len(set(sorted(times)[-10:]) & daily)


def test_the_thirtieth_day_back_is_outside_and_the_twenty_ninth_inside():
    newest = [NOW - dt.timedelta(minutes=i) for i in range(10)]
    day29 = dt.datetime(2026, 11, 2, 23, 59)
    day30 = dt.datetime(2026, 11, 1, 23, 59)
    keep = to_keep(newest + [day29, day30], NOW)
    assert day29 in keep and day30 not in keep


def test_a_backup_dated_in_the_future_is_not_deleted_and_does_not_push_out_today():
    future = dt.datetime(2027, 5, 1)
    times = [future] + [NOW - dt.timedelta(hours=i) for i in range(20)]
    keep = to_keep(times, NOW)
    assert future in keep
    assert max(t for t in times if t <= NOW) in keep


def test_duplicates_count_once_and_settings_can_be_zero():
    assert to_keep([NOW, NOW], NOW) == {NOW}
    assert to_keep([NOW - dt.timedelta(days=1)], NOW, last=0, days=0) == set()
    assert to_keep([NOW - dt.timedelta(days=1)], NOW, last=0, days=2) == {NOW - dt.timedelta(days=1)}


def test_a_backup_is_due_every_fifteen_minutes_and_after_the_clock_goes_back():
    assert due(None, NOW)
    assert not due(NOW - dt.timedelta(minutes=14, seconds=59), NOW)
    assert due(NOW - dt.timedelta(minutes=15), NOW)
    assert due(NOW + dt.timedelta(hours=2), NOW)
