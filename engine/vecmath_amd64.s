//go:build amd64

#include "textflag.h"

// Element-wise AVX2+FMA kernels (see vecmath.go for what each computes and
// expf.go for the exp algorithm). Eight floats per step; a tail of fewer than
// eight uses VMASKMOVPS with a mask from masks<>. Throughout, Y15 holds 89,
// Y14 −88 (the bounds of the exp argument), Y13 1, Y8 0 and Y7 −MaxFloat32.

#define VEC8(name, bits) \
	DATA name<>+0(SB)/4, $bits; \
	DATA name<>+4(SB)/4, $bits; \
	DATA name<>+8(SB)/4, $bits; \
	DATA name<>+12(SB)/4, $bits; \
	DATA name<>+16(SB)/4, $bits; \
	DATA name<>+20(SB)/4, $bits; \
	DATA name<>+24(SB)/4, $bits; \
	DATA name<>+28(SB)/4, $bits; \
	GLOBL name<>(SB), RODATA|NOPTR, $32

VEC8(exphi, 0x42b20000)
VEC8(explo, 0xc2b00000)
VEC8(one, 0x3f800000)
VEC8(sign, 0x80000000)
VEC8(log2e, 0x3fb8aa3b)
VEC8(ln2hi, 0x3f318000)
VEC8(ln2lo, 0xb95e8083)
VEC8(p0, 0x39506967)
VEC8(p1, 0x3ab743ce)
VEC8(p2, 0x3c088908)
VEC8(p3, 0x3d2aa9c1)
VEC8(p4, 0x3e2aaaaa)
VEC8(p5, 0x3f000000)
VEC8(bias126, 0x0000007e)
VEC8(negmax, 0xff7fffff)
VEC8(posmax, 0x7f7fffff)

// masks<>+4·(8−k) holds k all-ones lanes followed by zeros.
DATA masks<>+0(SB)/8, $0xffffffffffffffff
DATA masks<>+8(SB)/8, $0xffffffffffffffff
DATA masks<>+16(SB)/8, $0xffffffffffffffff
DATA masks<>+24(SB)/8, $0xffffffffffffffff
DATA masks<>+32(SB)/8, $0
DATA masks<>+40(SB)/8, $0
DATA masks<>+48(SB)/8, $0
DATA masks<>+56(SB)/8, $0
GLOBL masks<>(SB), RODATA|NOPTR, $64

#define CONSTS \
	VMOVUPS exphi<>(SB), Y15; \
	VMOVUPS explo<>(SB), Y14; \
	VMOVUPS one<>(SB), Y13; \
	VPXOR Y8, Y8, Y8; \
	VMOVUPS negmax<>(SB), Y7

// TAILMASK loads into Y12 the mask of the low CX lanes (0 < CX < 8).
#define TAILMASK \
	LEAQ masks<>(SB), AX; \
	MOVQ $8, DX; \
	SUBQ CX, DX; \
	VMOVUPS (AX)(DX*4), Y12

// EXP replaces X by e^X as expf does (argument clamped to [−88, 89], NaN
// kept: VMINPS/VMAXPS return their second source, X, when it is NaN; the
// scale 2^(n−1) has its biased exponent floored at 0), using N, P and R as
// scratch.
#define EXP(X, N, P, R) \
	VMINPS X, Y15, X; \
	VMAXPS X, Y14, X; \
	VMULPS log2e<>(SB), X, N; \
	VROUNDPS $0, N, N; \
	VFNMADD231PS ln2hi<>(SB), N, X; \
	VFNMADD231PS ln2lo<>(SB), N, X; \
	VMOVUPS p0<>(SB), P; \
	VFMADD213PS p1<>(SB), X, P; \
	VFMADD213PS p2<>(SB), X, P; \
	VFMADD213PS p3<>(SB), X, P; \
	VFMADD213PS p4<>(SB), X, P; \
	VFMADD213PS p5<>(SB), X, P; \
	VMULPS X, X, R; \
	VFMADD213PS X, R, P; \
	VADDPS Y13, P, P; \
	VADDPS P, P, P; \
	VCVTTPS2DQ N, N; \
	VPADDD bias126<>(SB), N, N; \
	VPMAXSD N, Y8, N; \
	VPSLLD $23, N, N; \
	VMULPS N, P, X

// DENOM sets D = 1 + e^−X (scratch Y9–Y11).
#define DENOM(X, D) \
	VXORPS sign<>(SB), X, D; \
	EXP(D, Y9, Y10, Y11); \
	VADDPS Y13, D, D

// SWISH sets Y = max(X, −MaxFloat32)/(1 + e^−X), clobbering X.
#define SWISH(X, Y) \
	DENOM(X, Y); \
	VMAXPS X, Y7, X; \
	VDIVPS Y, X, Y

// SIGMOID sets S = 1/(1 + e^−X).
#define SIGMOID(X, S) \
	DENOM(X, S); \
	VDIVPS S, Y13, S

// SWISHBACK sets G = G·s·(x·(1−s) + 1) with s = σ(X) and x = X clamped to
// ±MaxFloat32 (Y4 holds MaxFloat32). 1−s is computed as min(e^−x·s, 1),
// which keeps its precision when s is near 1; scratch Y1, Y2.
#define SWISHBACK(X, G) \
	VXORPS sign<>(SB), X, Y2; \
	EXP(Y2, Y9, Y10, Y11); \
	VADDPS Y13, Y2, Y1; \
	VDIVPS Y1, Y13, Y1; \
	VMULPS Y1, Y2, Y2; \
	VMINPS Y13, Y2, Y2; \
	VMAXPS X, Y7, X; \
	VMINPS X, Y4, X; \
	VFMADD213PS Y13, X, Y2; \
	VMULPS Y1, Y2, Y2; \
	VMULPS Y2, G, G

// func swishAVX2(y, x *float32, n int)
TEXT ·swishAVX2(SB), NOSPLIT, $0-24
	MOVQ y+0(FP), DI
	MOVQ x+8(FP), SI
	MOVQ n+16(FP), CX
	CONSTS

swloop:
	CMPQ CX, $8
	JLT  swtail
	VMOVUPS (SI), Y0
	SWISH(Y0, Y1)
	VMOVUPS Y1, (DI)
	ADDQ $32, SI
	ADDQ $32, DI
	SUBQ $8, CX
	JMP  swloop

swtail:
	TESTQ CX, CX
	JZ    swdone
	TAILMASK
	VMASKMOVPS (SI), Y12, Y0
	SWISH(Y0, Y1)
	VMASKMOVPS Y1, Y12, (DI)

swdone:
	VZEROUPPER
	RET

// func sigmoidAVX2(y, x *float32, n int)
TEXT ·sigmoidAVX2(SB), NOSPLIT, $0-24
	MOVQ y+0(FP), DI
	MOVQ x+8(FP), SI
	MOVQ n+16(FP), CX
	CONSTS

sgloop:
	CMPQ CX, $8
	JLT  sgtail
	VMOVUPS (SI), Y0
	SIGMOID(Y0, Y1)
	VMOVUPS Y1, (DI)
	ADDQ $32, SI
	ADDQ $32, DI
	SUBQ $8, CX
	JMP  sgloop

sgtail:
	TESTQ CX, CX
	JZ    sgdone
	TAILMASK
	VMASKMOVPS (SI), Y12, Y0
	SIGMOID(Y0, Y1)
	VMASKMOVPS Y1, Y12, (DI)

sgdone:
	VZEROUPPER
	RET

// func swishBackAVX2(dx, x, dy *float32, n int)
TEXT ·swishBackAVX2(SB), NOSPLIT, $0-32
	MOVQ dx+0(FP), DI
	MOVQ x+8(FP), SI
	MOVQ dy+16(FP), BX
	MOVQ n+24(FP), CX
	CONSTS
	VMOVUPS posmax<>(SB), Y4

sbloop:
	CMPQ CX, $8
	JLT  sbtail
	VMOVUPS (SI), Y0
	VMOVUPS (BX), Y3
	SWISHBACK(Y0, Y3)
	VMOVUPS Y3, (DI)
	ADDQ $32, SI
	ADDQ $32, BX
	ADDQ $32, DI
	SUBQ $8, CX
	JMP  sbloop

sbtail:
	TESTQ CX, CX
	JZ    sbdone
	TAILMASK
	VMASKMOVPS (SI), Y12, Y0
	VMASKMOVPS (BX), Y12, Y3
	SWISHBACK(Y0, Y3)
	VMASKMOVPS Y3, Y12, (DI)

sbdone:
	VZEROUPPER
	RET

// func sigmoidBackAVX2(dx, s, dy *float32, n int)
TEXT ·sigmoidBackAVX2(SB), NOSPLIT, $0-32
	MOVQ dx+0(FP), DI
	MOVQ s+8(FP), SI
	MOVQ dy+16(FP), BX
	MOVQ n+24(FP), CX
	CONSTS

gbloop:
	CMPQ CX, $8
	JLT  gbtail
	VMOVUPS (SI), Y0
	VSUBPS Y0, Y13, Y1
	VMULPS Y0, Y1, Y1
	VMULPS (BX), Y1, Y1
	VMOVUPS Y1, (DI)
	ADDQ $32, SI
	ADDQ $32, BX
	ADDQ $32, DI
	SUBQ $8, CX
	JMP  gbloop

gbtail:
	TESTQ CX, CX
	JZ    gbdone
	TAILMASK
	VMASKMOVPS (SI), Y12, Y0
	VMASKMOVPS (BX), Y12, Y2
	VSUBPS Y0, Y13, Y1
	VMULPS Y0, Y1, Y1
	VMULPS Y2, Y1, Y1
	VMASKMOVPS Y1, Y12, (DI)

gbdone:
	VZEROUPPER
	RET

// The row kernels map rows of c channels with per-channel a and b: Y0 is
// set to a·x + b, the body maps Y0 to Y1, which is stored. The tail mask
// (c mod 8 lanes) is loaded once.

// func affineAVX2(y, x, a, b *float32, rows, c int)
TEXT ·affineAVX2(SB), NOSPLIT, $0-48
	MOVQ y+0(FP), DI
	MOVQ x+8(FP), SI
	MOVQ rows+32(FP), R10
	MOVQ c+40(FP), R11
	CONSTS
	MOVQ R11, CX
	ANDQ $7, CX
	JZ   afrow
	TAILMASK

afrow:
	TESTQ R10, R10
	JZ    afdone
	MOVQ a+16(FP), R8
	MOVQ b+24(FP), R9
	MOVQ R11, CX

afloop:
	CMPQ CX, $8
	JLT  aftail
	VMOVUPS (SI), Y0
	VMOVUPS (R8), Y5
	VFMADD213PS (R9), Y5, Y0
	VMOVAPS Y0, Y1
	VMOVUPS Y1, (DI)
	ADDQ $32, SI
	ADDQ $32, DI
	ADDQ $32, R8
	ADDQ $32, R9
	SUBQ $8, CX
	JMP  afloop

aftail:
	TESTQ CX, CX
	JZ    afnext
	VMASKMOVPS (SI), Y12, Y0
	VMASKMOVPS (R8), Y12, Y5
	VMASKMOVPS (R9), Y12, Y6
	VFMADD213PS Y6, Y5, Y0
	VMOVAPS Y0, Y1
	VMASKMOVPS Y1, Y12, (DI)
	LEAQ (SI)(CX*4), SI
	LEAQ (DI)(CX*4), DI

afnext:
	DECQ R10
	JMP  afrow

afdone:
	VZEROUPPER
	RET

// func affineSwishAVX2(y, x, a, b *float32, rows, c int)
TEXT ·affineSwishAVX2(SB), NOSPLIT, $0-48
	MOVQ y+0(FP), DI
	MOVQ x+8(FP), SI
	MOVQ rows+32(FP), R10
	MOVQ c+40(FP), R11
	CONSTS
	MOVQ R11, CX
	ANDQ $7, CX
	JZ   asrow
	TAILMASK

asrow:
	TESTQ R10, R10
	JZ    asdone
	MOVQ a+16(FP), R8
	MOVQ b+24(FP), R9
	MOVQ R11, CX

asloop:
	CMPQ CX, $8
	JLT  astail
	VMOVUPS (SI), Y0
	VMOVUPS (R8), Y5
	VFMADD213PS (R9), Y5, Y0
	SWISH(Y0, Y1)
	VMOVUPS Y1, (DI)
	ADDQ $32, SI
	ADDQ $32, DI
	ADDQ $32, R8
	ADDQ $32, R9
	SUBQ $8, CX
	JMP  asloop

astail:
	TESTQ CX, CX
	JZ    asnext
	VMASKMOVPS (SI), Y12, Y0
	VMASKMOVPS (R8), Y12, Y5
	VMASKMOVPS (R9), Y12, Y6
	VFMADD213PS Y6, Y5, Y0
	SWISH(Y0, Y1)
	VMASKMOVPS Y1, Y12, (DI)
	LEAQ (SI)(CX*4), SI
	LEAQ (DI)(CX*4), DI

asnext:
	DECQ R10
	JMP  asrow

asdone:
	VZEROUPPER
	RET

// The kernels below walk rows of c channels with BX as the byte offset in
// the row: whole registers first, then the masked tail (Y12).

// func colSumsAVX2(s0, s1, p, q, m0, mu *float32, rows, c int)
TEXT ·colSumsAVX2(SB), NOSPLIT, $0-64
	CONSTS
	MOVQ c+56(FP), R11
	MOVQ R11, CX
	ANDQ $7, CX
	JZ   cssetup
	TAILMASK

cssetup:
	MOVQ rows+48(FP), R10
	MOVQ R11, R12
	ANDQ $-8, R12
	SHLQ $2, R12
	SHLQ $2, R11
	MOVQ s0+0(FP), R8
	MOVQ s1+8(FP), R9
	MOVQ p+16(FP), SI
	MOVQ q+24(FP), DI
	MOVQ m0+32(FP), AX
	MOVQ mu+40(FP), DX

csrow:
	TESTQ R10, R10
	JZ    csdone
	XORQ  BX, BX

csvec:
	CMPQ BX, R12
	JGE  cstail
	VMOVUPS (SI)(BX*1), Y0
	VSUBPS (AX)(BX*1), Y0, Y0
	VMOVUPS (DI)(BX*1), Y1
	VSUBPS (DX)(BX*1), Y1, Y1
	VADDPS (R8)(BX*1), Y0, Y2
	VMOVUPS Y2, (R8)(BX*1)
	VFMADD213PS (R9)(BX*1), Y0, Y1
	VMOVUPS Y1, (R9)(BX*1)
	ADDQ $32, BX
	JMP  csvec

cstail:
	TESTQ CX, CX
	JZ    csnext
	VMASKMOVPS (SI)(BX*1), Y12, Y0
	VMASKMOVPS (AX)(BX*1), Y12, Y3
	VSUBPS Y3, Y0, Y0
	VMASKMOVPS (DI)(BX*1), Y12, Y1
	VMASKMOVPS (DX)(BX*1), Y12, Y3
	VSUBPS Y3, Y1, Y1
	VMASKMOVPS (R8)(BX*1), Y12, Y2
	VADDPS Y2, Y0, Y2
	VMASKMOVPS Y2, Y12, (R8)(BX*1)
	VMASKMOVPS (R9)(BX*1), Y12, Y3
	VFMADD213PS Y3, Y0, Y1
	VMASKMOVPS Y1, Y12, (R9)(BX*1)

csnext:
	ADDQ R11, SI
	ADDQ R11, DI
	DECQ R10
	JMP  csrow

csdone:
	VZEROUPPER
	RET

// func combineAVX2(y, dy, x, k0, k1, k2 *float32, rows, c int)
TEXT ·combineAVX2(SB), NOSPLIT, $0-64
	CONSTS
	MOVQ c+56(FP), R11
	MOVQ R11, CX
	ANDQ $7, CX
	JZ   cbsetup
	TAILMASK

cbsetup:
	MOVQ rows+48(FP), R10
	MOVQ R11, R12
	ANDQ $-8, R12
	SHLQ $2, R12
	SHLQ $2, R11
	MOVQ y+0(FP), DI
	MOVQ dy+8(FP), SI
	MOVQ x+16(FP), AX
	MOVQ k0+24(FP), R8
	MOVQ k1+32(FP), R9
	MOVQ k2+40(FP), R13

cbrow:
	TESTQ R10, R10
	JZ    cbdone
	XORQ  BX, BX

cbvec:
	CMPQ BX, R12
	JGE  cbtail
	VMOVUPS (AX)(BX*1), Y1
	VMOVUPS (R9)(BX*1), Y2
	VFMADD213PS (R13)(BX*1), Y1, Y2
	VMOVUPS (R8)(BX*1), Y3
	VFMADD231PS (SI)(BX*1), Y3, Y2
	VMOVUPS Y2, (DI)(BX*1)
	ADDQ $32, BX
	JMP  cbvec

cbtail:
	TESTQ CX, CX
	JZ    cbnext
	VMASKMOVPS (AX)(BX*1), Y12, Y1
	VMASKMOVPS (R9)(BX*1), Y12, Y2
	VMASKMOVPS (R13)(BX*1), Y12, Y3
	VFMADD213PS Y3, Y1, Y2
	VMASKMOVPS (R8)(BX*1), Y12, Y3
	VMASKMOVPS (SI)(BX*1), Y12, Y0
	VFMADD231PS Y0, Y3, Y2
	VMASKMOVPS Y2, Y12, (DI)(BX*1)

cbnext:
	ADDQ R11, DI
	ADDQ R11, SI
	ADDQ R11, AX
	DECQ R10
	JMP  cbrow

cbdone:
	VZEROUPPER
	RET

// func affineSwishBackAVX2(dz, x, dy, a, b *float32, rows, c int)
TEXT ·affineSwishBackAVX2(SB), NOSPLIT, $0-56
	CONSTS
	MOVQ c+48(FP), R11
	MOVQ R11, CX
	ANDQ $7, CX
	JZ   absetup
	TAILMASK

absetup:
	MOVQ rows+40(FP), R10
	MOVQ R11, R12
	ANDQ $-8, R12
	SHLQ $2, R12
	SHLQ $2, R11
	VMOVUPS posmax<>(SB), Y4
	MOVQ dz+0(FP), DI
	MOVQ x+8(FP), SI
	MOVQ dy+16(FP), R13
	MOVQ a+24(FP), R8
	MOVQ b+32(FP), R9

abrow:
	TESTQ R10, R10
	JZ    abdone
	XORQ  BX, BX

abvec:
	CMPQ BX, R12
	JGE  abtail
	VMOVUPS (SI)(BX*1), Y0
	VMOVUPS (R8)(BX*1), Y5
	VFMADD213PS (R9)(BX*1), Y5, Y0
	VMOVUPS (R13)(BX*1), Y3
	SWISHBACK(Y0, Y3)
	VMOVUPS Y3, (DI)(BX*1)
	ADDQ $32, BX
	JMP  abvec

abtail:
	TESTQ CX, CX
	JZ    abnext
	VMASKMOVPS (SI)(BX*1), Y12, Y0
	VMASKMOVPS (R8)(BX*1), Y12, Y5
	VMASKMOVPS (R9)(BX*1), Y12, Y6
	VFMADD213PS Y6, Y5, Y0
	VMASKMOVPS (R13)(BX*1), Y12, Y3
	SWISHBACK(Y0, Y3)
	VMASKMOVPS Y3, Y12, (DI)(BX*1)

abnext:
	ADDQ R11, DI
	ADDQ R11, SI
	ADDQ R11, R13
	DECQ R10
	JMP  abrow

abdone:
	VZEROUPPER
	RET

// func colAddAVX2(s, p *float32, rows, c int)
TEXT ·colAddAVX2(SB), NOSPLIT, $0-32
	CONSTS
	MOVQ c+24(FP), R11
	MOVQ R11, CX
	ANDQ $7, CX
	JZ   casetup
	TAILMASK

casetup:
	MOVQ rows+16(FP), R10
	MOVQ R11, R12
	ANDQ $-8, R12
	SHLQ $2, R12
	SHLQ $2, R11
	MOVQ s+0(FP), R8
	MOVQ p+8(FP), SI

carow:
	TESTQ R10, R10
	JZ    cadone
	XORQ  BX, BX

cavec:
	CMPQ BX, R12
	JGE  catail
	VMOVUPS (SI)(BX*1), Y0
	VADDPS (R8)(BX*1), Y0, Y0
	VMOVUPS Y0, (R8)(BX*1)
	ADDQ $32, BX
	JMP  cavec

catail:
	TESTQ CX, CX
	JZ    canext
	VMASKMOVPS (SI)(BX*1), Y12, Y0
	VMASKMOVPS (R8)(BX*1), Y12, Y1
	VADDPS Y1, Y0, Y0
	VMASKMOVPS Y0, Y12, (R8)(BX*1)

canext:
	ADDQ R11, SI
	DECQ R10
	JMP  carow

cadone:
	VZEROUPPER
	RET

// func finiteAVX2(x *float32, n int) bool
//
// Σ x·0 in four accumulators is 0 when every value is finite and NaN
// otherwise; the tail is read masked (masked-off lanes are 0).
TEXT ·finiteAVX2(SB), NOSPLIT, $0-17
	MOVQ   x+0(FP), SI
	MOVQ   n+8(FP), CX
	VXORPS Y8, Y8, Y8
	VXORPS Y0, Y0, Y0
	VXORPS Y1, Y1, Y1
	VXORPS Y2, Y2, Y2
	VXORPS Y3, Y3, Y3

fiquad:
	CMPQ        CX, $32
	JLT         fione
	VFMADD231PS (SI), Y8, Y0
	VFMADD231PS 32(SI), Y8, Y1
	VFMADD231PS 64(SI), Y8, Y2
	VFMADD231PS 96(SI), Y8, Y3
	ADDQ        $128, SI
	SUBQ        $32, CX
	JMP         fiquad

fione:
	CMPQ        CX, $8
	JLT         fitail
	VFMADD231PS (SI), Y8, Y0
	ADDQ        $32, SI
	SUBQ        $8, CX
	JMP         fione

fitail:
	TESTQ       CX, CX
	JZ          fisum
	TAILMASK
	VMASKMOVPS  (SI), Y12, Y4
	VFMADD231PS Y4, Y8, Y0

fisum:
	VADDPS    Y1, Y0, Y0
	VADDPS    Y3, Y2, Y2
	VADDPS    Y2, Y0, Y0
	VCMPPS    $3, Y0, Y0, Y0
	VMOVMSKPS Y0, AX
	TESTL     AX, AX
	SETEQ     ret+16(FP)
	VZEROUPPER
	RET
