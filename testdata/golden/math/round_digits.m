round(pi,2)
round(1234.5678,-2)
round(0.0012345,2,'significant')
