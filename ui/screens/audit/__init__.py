"""The Who-did-what screen."""
