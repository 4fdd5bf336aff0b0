using System.Collections.Frozen;

namespace Anonymizer.Validation;

/// <summary>
/// Top-level domains that e-mail addresses and URLs may end in: every ISO 3166 country code TLD, the original and
/// sponsored generic TLDs, and the new generic TLDs in common use. Internationalised TLDs are accepted in their
/// <c>xn--</c> form and as non-ASCII letters.
/// </summary>
public static class TopLevelDomains
{
    private const string CountryCodes =
        "ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo bq br bs bt bw by bz " +
        "ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et eu fi fj fk fm fo fr " +
        "ga gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp " +
        "ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk ml mm mn mo mp mq mr ms mt " +
        "mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru " +
        "rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st su sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz " +
        "ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw";

    private const string Generic =
        "com org net edu gov mil int arpa info biz name pro aero coop museum mobi asia tel travel jobs cat post xxx " +
        "app dev page io ai cloud online site tech store shop xyz top club blog email company website space live life " +
        "news world today network digital agency solutions services systems group global media studio design " +
        "academy center consulting software support science social events money finance capital bank insurance " +
        "health care clinic dental law legal family house home city london berlin paris tokyo nyc ltd llc inc " +
        "co uno one win vip ink art fun games guru ninja rocks zone works team tools codes photo photos pics " +
        "video tv fm radio music film movie show expert help host hosting domains server technology computer " +
        "download mail chat link click report review reviews school university education training institute " +
        "foundation charity church green eco energy solar earth land farm garden trade market markets exchange " +
        "today red blue pink black gold silver plus moe wiki gdn icu cyou sbs cfd bond buzz mom lol tokyo amsterdam " +
        "google microsoft apple amazon youtube gmail android windows office azure aws";

    private static readonly FrozenSet<string> Known = (CountryCodes + " " + Generic)
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Known.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="tld"/> (without the dot) is a known top-level domain.</summary>
    public static bool IsKnown(ReadOnlySpan<char> tld)
    {
        if (tld.Length < 2)
        {
            return false;
        }

        if (tld.StartsWith("xn--", StringComparison.OrdinalIgnoreCase))
        {
            return tld.Length > 4;
        }

        if (!System.Text.Ascii.IsValid(tld))
        {
            foreach (var c in tld)
            {
                if (!char.IsLetter(c))
                {
                    return false;
                }
            }

            return true;
        }

        return Lookup.Contains(tld);
    }
}
