"""The Qt window of Skin Journal: thin widgets over Qt models that read the core."""
