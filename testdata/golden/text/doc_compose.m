nums = [exp(1) pi];
cc1 = compose('%d', nums(2))
sc1 = compose("%d", nums(2))
ccm1 = compose('%d', nums)
scm1 = compose("%d", nums)
str = compose("%.8f", pi)
