module gomat/engine/gemm/asmgen

go 1.26
