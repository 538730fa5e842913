"""The Count screen: counting, review, sheets on paper and an NGO's books."""
