//go:build amd64

#include "textflag.h"

// func copyRowsImpl(dst, x *float32, n, w, dw, ldx int)
TEXT ·copyRowsImpl(SB), NOSPLIT, $0-48
	MOVQ dst+0(FP), DI
	MOVQ x+8(FP), SI
	MOVQ n+16(FP), CX
	MOVQ w+24(FP), DX
	SHLQ $2, DX
	MOVQ dw+32(FP), R9
	SHLQ $2, R9
	MOVQ ldx+40(FP), R10
	SHLQ $2, R10
	XORPS X2, X2

row:
	XORQ AX, AX

eight:
	LEAQ 32(AX), BX
	CMPQ BX, DX
	JGT  four
	MOVUPS (SI)(AX*1), X0
	MOVUPS 16(SI)(AX*1), X1
	MOVUPS X0, (DI)(AX*1)
	MOVUPS X1, 16(DI)(AX*1)
	MOVQ BX, AX
	JMP  eight

four:
	LEAQ 16(AX), BX
	CMPQ BX, DX
	JGT  one
	MOVUPS (SI)(AX*1), X0
	MOVUPS X0, (DI)(AX*1)
	MOVQ BX, AX

one:
	CMPQ AX, DX
	JGE  pad
	MOVSS (SI)(AX*1), X0
	MOVSS X0, (DI)(AX*1)
	ADDQ $4, AX
	JMP  one

pad:
	CMPQ AX, R9
	JGE  next
	MOVSS X2, (DI)(AX*1)
	ADDQ $4, AX
	JMP  pad

next:
	ADDQ R10, SI
	ADDQ R9, DI
	DECQ CX
	JNZ  row
	RET
