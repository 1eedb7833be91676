using Exporter.Formats.Marc.Model;
using Xunit;

namespace Exporter.Tests.Formats.Marc.Model;

public class LeaderTests
{
    private const string Chabon = "00759cam a2200229 a 4500";

    [Fact]
    public void Named_positions_read_the_spec_offsets()
    {
        var leader = new Leader(Chabon);
        Assert.Equal(759, leader.RecordLength);
        Assert.Equal('c', leader.RecordStatus);
        Assert.Equal('a', leader.TypeOfRecord);
        Assert.Equal('m', leader.BibliographicLevel);
        Assert.Equal(' ', leader.TypeOfControl);
        Assert.Equal('a', leader.CharacterCodingScheme);
        Assert.True(leader.IsUnicode);
        Assert.Equal('2', leader.IndicatorCount);
        Assert.Equal('2', leader.SubfieldCodeCount);
        Assert.Equal(229, leader.BaseAddress);
        Assert.Equal(' ', leader.EncodingLevel);
        Assert.Equal('a', leader.DescriptiveCatalogingForm);
        Assert.Equal(' ', leader.MultipartResourceRecordLevel);
        Assert.Equal("4500", leader.EntryMap);
    }

    [Fact]
    public void Non_numeric_lengths_are_null()
    {
        var leader = new Leader("0o759cam a22OO229 a 4500");
        Assert.Null(leader.RecordLength);
        Assert.Null(leader.BaseAddress);
    }

    [Theory]
    [InlineData("")]
    [InlineData("00759cam a2200229 a 450")]
    [InlineData("00759cam a2200229 a 45000")]
    [InlineData("00759cam é2200229 a 4500")]
    public void Rejects_anything_but_24_ascii_characters(string value) =>
        Assert.Throws<ArgumentException>(() => new Leader(value));

    [Fact]
    public void With_methods_change_one_position_and_keep_the_original()
    {
        var leader = new Leader(Chabon);
        var changed = leader.WithRecordStatus('n').WithTypeOfRecord('c').WithBibliographicLevel('s')
            .WithCharacterCodingScheme(' ').WithEncodingLevel('7').WithDescriptiveCatalogingForm('i');
        Assert.Equal("00759ncs  22002297i 4500", changed.Value);
        Assert.Equal(Chabon, leader.Value);
    }

    [Fact]
    public void WithLengths_writes_five_digits_and_refuses_overflow()
    {
        var leader = new Leader(Chabon).WithLengths(283, 121);
        Assert.Equal("00283cam a2200121 a 4500", leader.Value);
        Assert.Throws<ArgumentOutOfRangeException>(() => leader.WithLengths(100_000, 121));
    }

    [Fact]
    public void Leaders_compare_by_value() => Assert.Equal(new Leader(Chabon), new Leader(string.Concat(Chabon.AsSpan(0, 5), Chabon.AsSpan(5))));
}
