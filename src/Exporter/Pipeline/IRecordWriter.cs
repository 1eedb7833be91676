namespace Exporter.Pipeline;

/// <summary>Writes records of type <typeparamref name="T"/> to a stream; <see cref="Complete"/> closes the envelope.</summary>
public interface IRecordWriter<in T> : IDisposable
{
    /// <summary>Writes one record, whole or not at all.</summary>
    void Write(T record);

    /// <summary>Writes the envelope's end and flushes. Without it the output is incomplete.</summary>
    void Complete();
}
