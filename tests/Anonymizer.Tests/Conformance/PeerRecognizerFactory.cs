using System.Text.Json;
using Anonymizer.Analysis;
using Anonymizer.Recognizers;
using Anonymizer.Recognizers.Generic;

namespace Anonymizer.Tests.Conformance;

/// <summary>Builds our recognizer configured as a Presidio test configured its own (recognizer_params).</summary>
internal static class PeerRecognizerFactory
{
    public static Recognizer? Create(PeerCase peerCase)
    {
        if (peerCase.RecognizerParams is not { ValueKind: JsonValueKind.Object } parameters)
        {
            return null;
        }

        return peerCase.Recognizer switch
        {
            "PhoneRecognizer" => Phone(peerCase, parameters),
            _ => CountrySpecific(peerCase, parameters),
        };
    }

    private static PhoneRecognizer Phone(PeerCase peerCase, JsonElement parameters)
    {
        var regions = parameters.TryGetProperty("supported_regions", out var r)
            ? r.EnumerateArray().Select(e => e.GetString()!).ToArray()
            : RecognizerCatalogOptions.DefaultPhoneRegions;
        var leniency = parameters.TryGetProperty("leniency", out var l) ? l.GetInt32() : 1;
        var context = parameters.TryGetProperty("context", out var c) ? c.EnumerateArray().Select(e => e.GetString()!).ToArray() : null;
        return PhoneRecognizer.Create(regions, peerCase.Entity, leniency, context);
    }

    private static Recognizer? CountrySpecific(PeerCase peerCase, JsonElement parameters) =>
        peerCase.Entity == PiiEntityTypes.DeVatId && parameters.TryGetProperty("strict_checksum", out var strict)
            ? Anonymizer.Recognizers.Countries.DE.DeVatIdRecognizer.Create(strict.GetBoolean())
            : null;
}
