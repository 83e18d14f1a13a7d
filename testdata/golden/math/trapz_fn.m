trapz([1 2 3 4])
trapz([0 2 4],[1 3 5])
trapz([1 2;3 4])
