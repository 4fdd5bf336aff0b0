using Anonymizer.Analysis;
using Anonymizer.Recognizers.Generic;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Generic;

[Collection(SerialCollection.Name)]
public sealed class GenericRecognizerAllocationTests
{
    private const string Text =
        "Card 4012-8888-8888-1881, IBAN DE89 3704 0044 0532 0130 00, host 192.168.0.1 and 2001:db8::1%eth0/64, " +
        "mac 00:1A:2B:3C:4D:5E, see https://www.example.com/a?b=1 or example.co.uk, wallet " +
        "16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq, on January 5, 2024 at 2:30 pm, " +
        "2024-03-15T14:30:00Z, 31.01.2024 and 5/21. Invalid: 4012-8888-8888-1882 DE89 3704 0044 0532 0130 01 256.1.1.1";

    public static TheoryData<string> Names() =>
    [
        CreditCardRecognizer.Name, IbanRecognizer.Name, IpRecognizer.Name, MacAddressRecognizer.Name,
        UrlRecognizer.Name, CryptoRecognizer.Name, DateRecognizer.Name,
    ];

    [Fact]
    public void Validators_do_not_allocate_once_warm()
    {
        Exercise();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 20; i++)
        {
            Exercise();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);

        static void Exercise()
        {
            CreditCardRecognizer.Validate("4012-8888-8888-1881");
            IbanRecognizer.Validate("DE89 3704 0044 0532 0130 00");
            IpRecognizer.Invalidate("fe80::1%eth0/64");
            IpRecognizer.Invalidate("192.168.0.1/24");
            MacAddressRecognizer.Invalidate("00:1A:2B:3C:4D:5E");
            UrlRecognizer.Invalidate("https://www.example.com/a?b=1");
            UrlRecognizer.Invalidate("example.co.uk");
            CryptoRecognizer.Validate("16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ");
            CryptoRecognizer.Validate("bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297");
            DateRecognizer.Invalidate("2024-06-05T09:15:30.500-07:00");
            DateRecognizer.Invalidate("Sept. 3rd, 2023");
            DateRecognizer.Invalidate("2:30 pm");
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Analyze_does_not_allocate_once_warm(string name)
    {
        Recognizer recognizer = name switch
        {
            CreditCardRecognizer.Name => CreditCardRecognizer.Create(),
            IbanRecognizer.Name => IbanRecognizer.Create(),
            IpRecognizer.Name => IpRecognizer.Create(),
            MacAddressRecognizer.Name => MacAddressRecognizer.Create(),
            UrlRecognizer.Name => UrlRecognizer.Create(),
            CryptoRecognizer.Name => CryptoRecognizer.Create(),
            _ => DateRecognizer.Create(),
        };
        var sink = new MatchSink(64);
        recognizer.Analyze(Text, sink);
        Assert.NotEqual(0, sink.Count);
        for (var i = 0; i < 200; i++)
        {
            sink.Clear();
            recognizer.Analyze(Text, sink);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 20; i++)
        {
            sink.Clear();
            recognizer.Analyze(Text, sink);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
