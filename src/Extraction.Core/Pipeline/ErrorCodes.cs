namespace Extraction.Pipeline;

/// <summary>
/// Stable error codes, the one place they are defined. Rejects, config errors and CLI messages
/// carry them so that users can grep and script on them across versions. Never renumber.
/// </summary>
public static class ErrorCodes
{
    // Configuration (E0xx)
    public const string ConfigUnreadable = "E001";
    public const string ConfigUnknownStage = "E002";
    public const string ConfigMissingFile = "E003";
    public const string ConfigBadValue = "E004";
    public const string ConfigStageOrder = "E005";

    // Document-level input problems (E1xx): the document is rejected, the batch goes on.
    public const string InputEmpty = "E101";
    public const string InputBinary = "E102";
    public const string InputEncoding = "E103";
    public const string InputTooLarge = "E104";
    public const string InputMalformedJson = "E105";
    public const string InputMissingField = "E106";
    public const string InputMalformedCsv = "E107";
    public const string InputUnreadable = "E108";
    public const string InputUnsupported = "E109";
    public const string InputDuplicateId = "E110";

    // Processing (E2xx)
    public const string StageFailed = "E201";
    public const string DocumentTimeout = "E202";

    // Output (E3xx)
    public const string SinkFailed = "E301";
    public const string DatabaseSchemaTooNew = "E302";

    // Usage (E9xx)
    public const string Usage = "E901";
}

/// <summary>An error that carries a stable code from <see cref="ErrorCodes"/>.</summary>
public class ExtractionException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Code { get; } = code;
    public override string ToString() => $"{Code}: {Message}";
}

/// <summary>A bad pipeline.json: the run does not start.</summary>
public sealed class ConfigException(string code, string message) : ExtractionException(code, message);
