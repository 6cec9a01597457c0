"""Work fed to the window from outside the GUI thread: alerts, thumbnails, images."""
