mod(int8(10),int8(3))
mod(uint8(200),7)
