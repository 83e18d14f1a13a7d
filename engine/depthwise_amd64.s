//go:build amd64

#include "textflag.h"

// Depthwise convolution kernels, AVX2+FMA, eight channels per register.
// Strides are in bytes; cvb (the channels done, a positive multiple of 32
// bytes) never exceeds cb (the pixel stride). See dwGeom in
// depthwise_kernels.go.

// func dwForwardAVX2(y, x, w, b *float32, n, kh, kw, cvb, cb, xstep, xrow, wskip int)
//
// y[p] = b + Σ_{i<kh, j<kw} x[p·xstep + i·xrow + j·cb] ⊙ w[i·(kw·cb+wskip) + j·cb]
// for p < n, four pixels at a time (four accumulators), then one at a time.
TEXT ·dwForwardAVX2(SB), NOSPLIT, $0-96
	MOVQ y+0(FP), DI
	MOVQ x+8(FP), SI
	MOVQ n+32(FP), CX
	MOVQ xstep+72(FP), R9
	LEAQ (R9)(R9*2), R10
	MOVQ cb+64(FP), R13

quad:
	CMPQ CX, $4
	JLT  single
	XORQ BX, BX

qchan:
	MOVQ    b+24(FP), R8
	VMOVUPS (R8)(BX*1), Y0
	VMOVAPS Y0, Y1
	VMOVAPS Y0, Y2
	VMOVAPS Y0, Y3
	MOVQ    w+16(FP), R8
	ADDQ    BX, R8
	LEAQ    (SI)(BX*1), DX
	MOVQ    kh+40(FP), R12

qrow:
	MOVQ DX, AX
	MOVQ kw+48(FP), R11

qtap:
	VMOVUPS     (R8), Y4
	VFMADD231PS (AX), Y4, Y0
	VFMADD231PS (AX)(R9*1), Y4, Y1
	VFMADD231PS (AX)(R9*2), Y4, Y2
	VFMADD231PS (AX)(R10*1), Y4, Y3
	ADDQ        R13, AX
	ADDQ        R13, R8
	DECQ        R11
	JNZ         qtap
	ADDQ        wskip+88(FP), R8
	ADDQ        xrow+80(FP), DX
	DECQ        R12
	JNZ         qrow
	LEAQ        (DI)(BX*1), AX
	VMOVUPS     Y0, (AX)
	ADDQ        R13, AX
	VMOVUPS     Y1, (AX)
	ADDQ        R13, AX
	VMOVUPS     Y2, (AX)
	ADDQ        R13, AX
	VMOVUPS     Y3, (AX)
	ADDQ        $32, BX
	CMPQ        BX, cvb+56(FP)
	JLT         qchan
	LEAQ        (DI)(R13*4), DI
	LEAQ        (SI)(R9*4), SI
	SUBQ        $4, CX
	JMP         quad

single:
	TESTQ CX, CX
	JZ    done
	XORQ  BX, BX

schan:
	MOVQ    b+24(FP), R8
	VMOVUPS (R8)(BX*1), Y0
	MOVQ    w+16(FP), R8
	ADDQ    BX, R8
	LEAQ    (SI)(BX*1), DX
	MOVQ    kh+40(FP), R12

srow:
	MOVQ DX, AX
	MOVQ kw+48(FP), R11

stap:
	VMOVUPS     (R8), Y4
	VFMADD231PS (AX), Y4, Y0
	ADDQ        R13, AX
	ADDQ        R13, R8
	DECQ        R11
	JNZ         stap
	ADDQ        wskip+88(FP), R8
	ADDQ        xrow+80(FP), DX
	DECQ        R12
	JNZ         srow
	VMOVUPS     Y0, (DI)(BX*1)
	ADDQ        $32, BX
	CMPQ        BX, cvb+56(FP)
	JLT         schan
	ADDQ        R13, DI
	ADDQ        R9, SI
	DECQ        CX
	JMP         single

done:
	VZEROUPPER
	RET

// func dwTapAVX2(dx, x, dy, w, dw *float32, n, cvb, cb, xstep int)
//
// For one tap: dw += Σ_p dy[p·cb] ⊙ x[p·xstep] and dx[p·xstep] += dy[p·cb] ⊙ w
// for p < n, four pixels at a time (four dw accumulators), then one.
TEXT ·dwTapAVX2(SB), NOSPLIT, $0-72
	MOVQ xstep+64(FP), R9
	LEAQ (R9)(R9*2), R10
	MOVQ cb+56(FP), R13
	LEAQ (R13)(R13*2), R11
	XORQ BX, BX

chan:
	MOVQ    w+24(FP), R12
	VMOVUPS (R12)(BX*1), Y8
	VXORPS  Y0, Y0, Y0
	VXORPS  Y1, Y1, Y1
	VXORPS  Y2, Y2, Y2
	VXORPS  Y3, Y3, Y3
	MOVQ    x+8(FP), AX
	ADDQ    BX, AX
	MOVQ    dx+0(FP), DX
	ADDQ    BX, DX
	MOVQ    dy+16(FP), R8
	ADDQ    BX, R8
	MOVQ    n+40(FP), CX

tquad:
	CMPQ        CX, $4
	JLT         tone
	VMOVUPS     (R8), Y4
	VMOVUPS     (R8)(R13*1), Y5
	VMOVUPS     (R8)(R13*2), Y6
	VMOVUPS     (R8)(R11*1), Y7
	VFMADD231PS (AX), Y4, Y0
	VFMADD231PS (AX)(R9*1), Y5, Y1
	VFMADD231PS (AX)(R9*2), Y6, Y2
	VFMADD231PS (AX)(R10*1), Y7, Y3
	VMOVUPS     (DX), Y9
	VFMADD231PS Y8, Y4, Y9
	VMOVUPS     Y9, (DX)
	VMOVUPS     (DX)(R9*1), Y10
	VFMADD231PS Y8, Y5, Y10
	VMOVUPS     Y10, (DX)(R9*1)
	VMOVUPS     (DX)(R9*2), Y11
	VFMADD231PS Y8, Y6, Y11
	VMOVUPS     Y11, (DX)(R9*2)
	VMOVUPS     (DX)(R10*1), Y12
	VFMADD231PS Y8, Y7, Y12
	VMOVUPS     Y12, (DX)(R10*1)
	LEAQ        (AX)(R9*4), AX
	LEAQ        (DX)(R9*4), DX
	LEAQ        (R8)(R13*4), R8
	SUBQ        $4, CX
	JMP         tquad

tone:
	TESTQ       CX, CX
	JZ          tsum
	VMOVUPS     (R8), Y4
	VFMADD231PS (AX), Y4, Y0
	VMOVUPS     (DX), Y9
	VFMADD231PS Y8, Y4, Y9
	VMOVUPS     Y9, (DX)
	ADDQ        R9, AX
	ADDQ        R9, DX
	ADDQ        R13, R8
	DECQ        CX
	JMP         tone

tsum:
	VADDPS  Y1, Y0, Y0
	VADDPS  Y3, Y2, Y2
	VADDPS  Y2, Y0, Y0
	MOVQ    dw+32(FP), R12
	VADDPS  (R12)(BX*1), Y0, Y0
	VMOVUPS Y0, (R12)(BX*1)
	ADDQ    $32, BX
	CMPQ    BX, cvb+48(FP)
	JLT     chan
	VZEROUPPER
	RET
