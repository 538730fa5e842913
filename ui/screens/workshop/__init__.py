"""The Workshop screen: building kits and their designs."""
