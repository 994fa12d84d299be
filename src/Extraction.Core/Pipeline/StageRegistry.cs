namespace Extraction.Pipeline;

/// <summary>
/// Maps the stage names used in pipeline.json to factories. A factory reads and validates its settings
/// and loads its resources (models, gazetteers) once; the stage is then shared by all workers.
/// </summary>
public sealed class StageRegistry
{
    private readonly Dictionary<string, Func<StageSettings, IStage>> _factories = new(StringComparer.Ordinal);

    public IEnumerable<string> Names => _factories.Keys.Order(StringComparer.Ordinal);

    public StageRegistry Register(string name, Func<StageSettings, IStage> factory)
    {
        _factories[name] = factory;
        return this;
    }

    public IStage Create(StageSettings settings)
    {
        if (!_factories.TryGetValue(settings.Name, out var factory))
            throw new ConfigException(ErrorCodes.ConfigUnknownStage,
                $"unknown stage \"{settings.Name}\"; known stages: {string.Join(", ", Names)}");
        return factory(settings);
    }

    /// <summary>Every stage this library provides, one line each.</summary>
    public static StageRegistry Default { get; } = new StageRegistry()
        .Register(Segmentation.Segmenter.StageName, s => new Segmentation.Segmenter(s))
        .Register(Entities.GazetteerEntityTagger.StageName, Entities.GazetteerEntityTagger.Create)
        .Register(Entities.Rules.EntityRules.StageName, Entities.Rules.EntityRules.Create)
        .Register(Entities.Statistical.NerStage.StageName, Entities.Statistical.NerStage.Create)
        .Register(Aliases.AliasResolver.StageName, _ => new Aliases.AliasResolver())
        .Register(Relations.RelationStage.StageName, Relations.RelationStage.FromSettings)
        .Register(Events.EventStage.StageName, Events.EventStage.FromSettings)
        .Register(Citations.CitationStage.StageName, Citations.CitationStage.FromSettings)
        ;
}
