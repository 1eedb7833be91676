using Exporter.Formats.BookFeed;

namespace Exporter.Tests.Formats.BookFeed;

/// <summary>ISBN-10 to ISBN-13 (ISO 2108: 978 prefix, new check digit), as the Book Actions spec asks.</summary>
public class Isbn13Tests
{
    [Theory]
    [InlineData("0691020515", "9780691020518")] // examples/catalog.txt, CX1010
    [InlineData("0-691-02051-5", "9780691020518")]
    [InlineData("080442957X", "9780804429573")] // check digit X
    [InlineData("080442957x", "9780804429573")]
    [InlineData("9780394549262", "9780394549262")] // a valid ISBN-13 is kept
    [InlineData("979-10-90636-07-1", "9791090636071")] // 979 prefix
    public void A_valid_isbn_becomes_its_isbn_13(string value, string expected) => Assert.Equal(expected, Isbn13.From(value));

    [Theory]
    [InlineData("0691020516")] // wrong ISBN-10 check digit
    [InlineData("9780394549263")] // wrong ISBN-13 check digit
    [InlineData("9770394549262")] // not a book prefix (977 is ISSN)
    [InlineData("06910205")]
    [InlineData("X691020515")]
    [InlineData("")]
    public void Anything_else_is_not_an_isbn(string value) => Assert.Null(Isbn13.From(value));

    [Fact]
    public void The_check_digit_follows_the_1_3_weights() => Assert.Equal('8', Isbn13.CheckDigit("978069102051"));
}
