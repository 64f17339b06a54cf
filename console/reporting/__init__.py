"""Reports of a show drawn with QtGui (no widgets): the viewer chart and the files made from it."""
