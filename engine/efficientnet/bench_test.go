package efficientnet

import (
	"math/rand"
	"runtime"
	"testing"
	"time"

	"gomat/engine"
)

// b0Net compiles B0 (1000 classes for inference, 5 for training, as the
// PyTorch anchor in docs/performance.md does) and a random 224×224 batch.
func b0Net(b *testing.B, classes, batch int) (*engine.Network, *engine.Tensor) {
	cfg, _ := Variant(0)
	cfg.Classes = classes
	g, err := Build(cfg)
	if err != nil {
		b.Fatal(err)
	}
	net, err := engine.Compile(g, rand.New(rand.NewSource(1)))
	if err != nil {
		b.Fatal(err)
	}
	rng := rand.New(rand.NewSource(2))
	x := engine.NewTensor(batch, net.InputSize())
	for i := range x.Data {
		x.Data[i] = float32(rng.Float64() * 255)
	}
	return net, x
}

// reportThroughput reports images per second and the process's CPU time
// per image since cpu0 (all threads; on a shared machine the wall-clock
// figure depends on the load, the CPU time much less).
func reportThroughput(b *testing.B, batch int, cpu0 time.Duration) {
	imgs := float64(batch * b.N)
	b.ReportMetric(imgs/b.Elapsed().Seconds(), "img/s")
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(cpu.Seconds()*1000/imgs, "cpu-ms/img")
	}
}

// BenchmarkB0Infer is B0 inference at batch 16, 224×224; it reports
// images per second and CPU milliseconds per image.
func BenchmarkB0Infer(b *testing.B) {
	const batch = 16
	net, x := b0Net(b, 1000, batch)
	if _, err := net.Predict(x); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		if _, err := net.Predict(x); err != nil {
			b.Fatal(err)
		}
	}
	reportThroughput(b, batch, cpu0)
}

// BenchmarkB0Train is one B0 training step (forward, backward, SGDM
// update) at batch 16, 224×224 with a 5-class head; it reports images per
// second, CPU milliseconds per image and the Go heap's peak footprint
// (runtime.MemStats.HeapSys, MiB), and with -benchmem the allocations per
// step (0 after warm-up).
func BenchmarkB0Train(b *testing.B) {
	const batch = 16
	net, x := b0Net(b, 5, batch)
	labels := make([]int, batch)
	for i := range labels {
		labels[i] = i % 5
	}
	opt := engine.NewSGDM(1e-3)
	if _, _, err := net.TrainStep(x, labels, opt); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		if _, _, err := net.TrainStep(x, labels, opt); err != nil {
			b.Fatal(err)
		}
	}
	reportThroughput(b, batch, cpu0)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapSys)/(1<<20), "heap-MiB")
}
