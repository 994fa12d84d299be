using System.Globalization;
using Extraction.Model;
using Extraction.Pipeline;

namespace Extraction.Relations;

/// <summary>
/// Stage "relations": relations between entities of the same sentence, from <see cref="RelationPatterns"/> (taking
/// precedence) and the classifier in models/relations.bin above a threshold. Keeps the relations already there
/// (SAME_AS from the alias stage), never relates a pair twice, and numbers its own "R&lt;n&gt;" after the highest
/// existing id. Citations are linked later by the citations stage.
/// Settings: <c>model</c> (default models/relations.bin), <c>threshold</c> (0.5), <c>classifier</c> (true; false = patterns only),
/// <c>gazetteer</c> (default models/gazetteer.tsv.gz; "" for none): which places are countries, capitals and cities, and
/// each capital's country, for what cannot lie where (<see cref="RelationExtractor"/>).
/// </summary>
public sealed class RelationStage : IStage
{
    public const string StageName = "relations";
    public const string DefaultModelPath = "models/relations.bin";

    private readonly RelationExtractor _extractor;

    public RelationStage(RelationClassifier? classifier, double threshold = RelationExtractor.DefaultThreshold, Entities.Gazetteer? places = null)
    {
        _extractor = new RelationExtractor(classifier, threshold, places: places);
    }

    public string Name => StageName;
    public IReadOnlyList<Annotation> Requires { get; } = [Annotation.Sentences, Annotation.Tokens, Annotation.Entities];
    public IReadOnlyList<Annotation> Assigns { get; } = [Annotation.Relations];

    public static RelationStage FromSettings(StageSettings settings)
    {
        double threshold = settings.GetDouble("threshold", RelationExtractor.DefaultThreshold, 0, 1);
        var places = settings.GetString("gazetteer", Entities.GazetteerEntityTagger.DefaultPath) is { Length: > 0 }
            ? Entities.Gazetteer.ForStage(settings, "gazetteer", Entities.GazetteerEntityTagger.DefaultPath) : null;
        if (!settings.GetBool("classifier", true)) return new RelationStage(null, threshold, places);
        string path = settings.GetExistingPath("model", DefaultModelPath);
        RelationClassifier classifier;
        try { classifier = RelationClassifier.Load(path); }
        catch (Exception ex) when (ex is IOException or InvalidDataException)
        {
            throw new ConfigException(ErrorCodes.ConfigBadValue, $"stage \"{StageName}\": cannot load relation model {path}: {ex.Message}");
        }
        return new RelationStage(classifier, threshold, places);
    }

    public void Process(Document document)
    {
        var existing = new HashSet<(string, string)>();
        int next = 1;
        foreach (var r in document.Relations)
        {
            existing.Add((r.Head, r.Tail));
            if (r.Id.Length > 1 && r.Id[0] == 'R' && int.TryParse(r.Id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out int n))
                next = Math.Max(next, n + 1);
        }
        foreach (var r in _extractor.Extract(document, existing))
        {
            document.Relations.Add(new Relation
            {
                Id = "R" + next++,
                Type = r.Type,
                Head = r.Head.Id,
                Tail = r.Tail.Id,
                Trigger = r.Trigger is { } t ? new Trigger(t.Start, t.End, document.Slice(t.Start, t.End)) : null,
                Confidence = r.Confidence,
                Source = StageName + "/" + r.Rule,
            });
        }
    }
}
