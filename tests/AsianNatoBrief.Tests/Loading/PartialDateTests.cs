using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Tests.Loading;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2024", "2024", "2024")]
    [InlineData("2024-10", "October 2024", "2024-10")]
    [InlineData("2024-10-01", "1 October 2024", "2024-10-01")]
    [InlineData("2024-02-29", "29 February 2024", "2024-02-29")]
    public void Parse_KeepsThePrecisionWritten(string text, string display, string iso)
    {
        Assert.True(PartialDate.TryParse(text, out var date, out var error), error);
        Assert.Equal(display, date.Display);
        Assert.Equal(iso, date.Iso);
    }

    [Theory]
    [InlineData("24")]
    [InlineData("2024-1")]
    [InlineData("2024/10")]
    [InlineData("October 2024")]
    [InlineData("2024-00")]
    [InlineData("2023-02-29")]
    [InlineData("2024-04-31")]
    [InlineData("2024-10-01-01")]
    public void Parse_RejectsMalformedAndImpossibleDates(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _, out var error));
        Assert.Contains(text, error, StringComparison.Ordinal);
    }

    [Fact]
    public void CompareTo_OrdersByYearMonthDay()
    {
        string[] texts = ["2024-10-01", "2024", "2023-12", "2024-10", "2024-09-30"];
        var sorted = texts.Select(t => PartialDate.TryParse(t, out var d, out _) ? d : throw new InvalidOperationException(t)).Order().Select(d => d.Iso);

        Assert.Equal(["2023-12", "2024", "2024-09-30", "2024-10", "2024-10-01"], sorted);
    }
}
