imread('no_such_image.png')
