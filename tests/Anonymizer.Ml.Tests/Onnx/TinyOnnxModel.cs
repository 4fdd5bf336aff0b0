using System.Text;

namespace Anonymizer.Ml.Tests.Onnx;

/// <summary>
/// Writes a tiny token-classification model as ONNX protobuf bytes by hand: inputs <c>input_ids</c> and
/// <c>attention_mask</c> (int64 [batch, seq]), <c>logits = MatMul(Gather(embedding, input_ids), projection)</c>
/// (float [batch, seq, labels]).
/// </summary>
internal static class TinyOnnxModel
{
    public static byte[] Build(float[,] embedding, float[,] projection)
    {
        var vocab = embedding.GetLength(0);
        var hidden = embedding.GetLength(1);
        var labels = projection.GetLength(1);

        var graph = new Proto();
        graph.Message(1, Node("Gather", ["embedding", "input_ids"], ["hidden"], "gather"));
        graph.Message(1, Node("MatMul", ["hidden", "projection"], ["logits"], "matmul"));
        graph.String(2, "tiny_token_classifier");
        graph.Message(5, Tensor("embedding", [vocab, hidden], Flatten(embedding)));
        graph.Message(5, Tensor("projection", [hidden, labels], Flatten(projection)));
        graph.Message(11, ValueInfo("input_ids", 7, ["batch", "sequence"], null));
        graph.Message(11, ValueInfo("attention_mask", 7, ["batch", "sequence"], null));
        graph.Message(12, ValueInfo("logits", 1, ["batch", "sequence"], labels));

        var opset = new Proto();
        opset.String(1, "");
        opset.Varint(2, 13);

        var model = new Proto();
        model.Varint(1, 8); // ir_version
        model.String(2, "anonymizer-tests"); // producer_name
        model.Message(7, graph);
        model.Message(8, opset);
        return model.ToArray();
    }

    private static Proto Node(string op, string[] inputs, string[] outputs, string name)
    {
        var node = new Proto();
        foreach (var input in inputs)
        {
            node.String(1, input);
        }

        foreach (var output in outputs)
        {
            node.String(2, output);
        }

        node.String(3, name);
        node.String(4, op);
        return node;
    }

    private static Proto Tensor(string name, long[] dims, float[] values)
    {
        var tensor = new Proto();
        foreach (var d in dims)
        {
            tensor.Varint(1, (ulong)d);
        }

        tensor.Varint(2, 1); // FLOAT
        tensor.String(8, name);
        var raw = new byte[values.Length * 4];
        Buffer.BlockCopy(values, 0, raw, 0, raw.Length);
        tensor.Bytes(9, raw);
        return tensor;
    }

    private static Proto ValueInfo(string name, int elementType, string[] symbolicDims, int? lastDim)
    {
        var shape = new Proto();
        foreach (var dim in symbolicDims)
        {
            var d = new Proto();
            d.String(2, dim);
            shape.Message(1, d);
        }

        if (lastDim is int fixedDim)
        {
            var d = new Proto();
            d.Varint(1, (ulong)fixedDim);
            shape.Message(1, d);
        }

        var tensorType = new Proto();
        tensorType.Varint(1, (ulong)elementType);
        tensorType.Message(2, shape);
        var type = new Proto();
        type.Message(1, tensorType);
        var info = new Proto();
        info.String(1, name);
        info.Message(2, type);
        return info;
    }

    private static float[] Flatten(float[,] matrix)
    {
        var result = new float[matrix.Length];
        Buffer.BlockCopy(matrix, 0, result, 0, result.Length * 4);
        return result;
    }

    /// <summary>A minimal protobuf writer: varints, length-delimited strings, bytes and nested messages.</summary>
    private sealed class Proto
    {
        private readonly MemoryStream _buffer = new();

        public void Varint(int field, ulong value)
        {
            WriteRaw(((ulong)field << 3) | 0);
            WriteRaw(value);
        }

        public void String(int field, string value) => Bytes(field, Encoding.UTF8.GetBytes(value));

        public void Message(int field, Proto message) => Bytes(field, message.ToArray());

        public void Bytes(int field, byte[] value)
        {
            WriteRaw(((ulong)field << 3) | 2);
            WriteRaw((ulong)value.Length);
            _buffer.Write(value);
        }

        public byte[] ToArray() => _buffer.ToArray();

        private void WriteRaw(ulong value)
        {
            while (value >= 0x80)
            {
                _buffer.WriteByte((byte)(value | 0x80));
                value >>= 7;
            }

            _buffer.WriteByte((byte)value);
        }
    }
}
