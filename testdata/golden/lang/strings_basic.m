s = "hello"
t = ["a", "bb"]
u = 'it''s'
v = "say ""hi"""
