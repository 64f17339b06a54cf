"""The producer's warnings and the slot balance: plain functions of the tour."""

from console.show.checks import slot_balance, stop_warnings, tour_warnings
from console.show.tour import Stop, Tour


def test_slot_balance() -> None:
    stops = (Stop("A", 600, talking_points="x"), Stop("B", 300, talking_points="y"))
    assert slot_balance(Tour("T", stops, slot_s=1200)) == "5m spare"
    assert slot_balance(Tour("T", stops, slot_s=600)) == "OVER by 5m"
    assert slot_balance(Tour("T", stops)) == ""
    assert Tour("T", stops, slot_s=600).spare_s == -300


def test_warnings_name_the_stop_and_the_slot() -> None:
    tour = Tour(
        "T",
        (Stop("Nike", 600, talking_points="wings"), Stop("Venus", 300, image="venus.jpg")),
        slot_s=600,
    )
    assert stop_warnings(tour.stops[0], {}) == []
    assert tour_warnings(tour) == [
        "Stop 2 (Venus): no talking points",
        "Stop 2 (Venus): the image 'venus.jpg' is missing",
        "The tour is over its 10m slot by 5m",
    ]
    assert tour_warnings(Tour("Empty")) == ["The tour has no stops yet"]
