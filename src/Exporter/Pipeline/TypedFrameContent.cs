namespace Exporter.Pipeline;

/// <summary>Frame content of type <typeparamref name="T"/> (see <see cref="FrameContent"/>).</summary>
internal sealed record TypedFrameContent<T>(T Content) : FrameContent
    where T : class
{
    public override bool TryGet<TWanted>(out TWanted? content)
        where TWanted : class
    {
        content = Content as TWanted;
        return content is not null;
    }
}
