t = datetime(2026, 11, 29, 7, 3, 5)
