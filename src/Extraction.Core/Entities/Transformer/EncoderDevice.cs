using System.Globalization;

namespace Extraction.Entities.Transformer;

/// <summary>
/// Where the encoder runs: "cpu" (the default: int8 weights, one ONNX call per 128 wordpieces, which suits a core's cache)
/// or "cuda" / "cuda:N" (an NVIDIA GPU through ONNX Runtime's CUDA provider: float32 weights, since its int8 kernels do not
/// cover the quantized graph, and calls of many windows, which a GPU needs to be busy). The ner stage's
/// <c>encoder_device</c> setting. The CUDA provider is in the package Microsoft.ML.OnnxRuntime.Gpu.Linux (CUDA 13), which
/// the build takes instead of the CPU package with <c>-p:OnnxRuntimeGpu=true</c>; a build without it refuses "cuda" at load.
/// </summary>
public sealed record EncoderDevice(int? CudaDevice)
{
    public static readonly EncoderDevice Cpu = new((int?)null);

    public bool IsCuda => CudaDevice is not null;

    /// <summary>Padded wordpieces per ONNX call, at least one window (<see cref="ContextEncoder.MaxSequence"/>).</summary>
    public int BatchPieces => IsCuda ? 16_384 : ContextEncoder.BatchPieces;

    /// <summary>Parses "cpu", "cuda" (device 0) or "cuda:N"; throws <see cref="FormatException"/> with what is expected.</summary>
    public static EncoderDevice Parse(string spec)
    {
        string text = spec.Trim().ToLowerInvariant();
        if (text == "cpu") return Cpu;
        if (text == "cuda") return new EncoderDevice(0);
        if (text.StartsWith("cuda:", StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out int device))
            return new EncoderDevice(device);
        throw new FormatException($"\"{spec}\" is not a device: expected \"cpu\", \"cuda\" or \"cuda:N\"");
    }

    public override string ToString() => IsCuda ? $"cuda:{CudaDevice}" : "cpu";
}
