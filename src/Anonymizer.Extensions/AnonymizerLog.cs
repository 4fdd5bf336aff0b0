using Microsoft.Extensions.Logging;

namespace Anonymizer.Extensions;

/// <summary>
/// The log messages. None of them carries a detected value or any part of the text: only lengths, counts, entity
/// types, strategy names and the key id.
/// </summary>
internal static partial class AnonymizerLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Anonymizer ready: {RecognizerCount} recognizers, default strategy {DefaultStrategy}, {EntityStrategyCount} per-type strategies, key id {KeyId}")]
    public static partial void EngineReady(ILogger logger, int recognizerCount, string defaultStrategy, int entityStrategyCount, string keyId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "Anonymized a text of {Length} characters: {EntityCount} entities ({EntityTypes}) in {ElapsedMilliseconds} ms")]
    public static partial void Anonymized(ILogger logger, int length, int entityCount, string entityTypes, double elapsedMilliseconds);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "Analyzed a text of {Length} characters: {EntityCount} entities ({EntityTypes}) in {ElapsedMilliseconds} ms")]
    public static partial void Analyzed(ILogger logger, int length, int entityCount, string entityTypes, double elapsedMilliseconds);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Anonymizing a text of {Length} characters failed: {ExceptionType}")]
    public static partial void Failed(ILogger logger, int length, string exceptionType);
}
