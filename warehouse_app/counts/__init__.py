"""Stock counts: sessions, the positions they look at, review and approval, count sheets, an NGO's books before month end, and the desk the Count screen uses."""
