using Extraction.Model;
using Extraction.Pipeline;

namespace Extraction.Entities.Rules;

/// <summary>
/// Stage "entity_rules": DATE/MONEY/QUANTITY patterns, organisation head nouns, titled and first-name persons,
/// named events, citation sources, acronym definitions and their mentions, generic weapons. Runs after the
/// gazetteer stage (acronyms reuse its long names); overlaps are resolved by the alias stage.
/// </summary>
public sealed class EntityRules(Gazetteer gazetteer) : IStage
{
    public const string StageName = "entity_rules";

    public static EntityRules Create(StageSettings settings) =>
        new(Gazetteer.ForStage(settings, "gazetteer", GazetteerEntityTagger.DefaultPath));

    public string Name => StageName;
    public IReadOnlyList<Annotation> Requires { get; } = [Annotation.Tokens, Annotation.Sentences];
    public IReadOnlyList<Annotation> Assigns { get; } = [Annotation.Entities];

    public void Process(Document doc)
    {
        var context = new RuleContext(doc, gazetteer, StageName);
        TemporalNumericRules.Apply(context);
        NameRules.Apply(context);
        AcronymRules.Apply(context);
        NameRules.ApplyWeapons(context);
    }
}
