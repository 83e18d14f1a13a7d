primes(20)
isprime([0 1 2 15 17])
