"""The coordinators' Today screen."""
