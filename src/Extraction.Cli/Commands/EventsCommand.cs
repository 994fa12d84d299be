using System.CommandLine;
using Extraction.Events;

namespace Extraction.Cli.Commands;

/// <summary><c>extraction events build-lexicon [--data ../shared/data] [--gazetteer models/gazetteer.tsv.gz] [--out models/events-lexicon.json]</c></summary>
public static class EventsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var data = CommonOptions.Data("petrarch2_dictionaries, plover, countries_mledoze, geonames_cities15000");
        var gazetteer = new Option<string>("--gazetteer") { Description = "Gazetteer whose names of countries the lexicon takes (built first by `extraction gazetteer build`)", DefaultValueFactory = _ => Path.Combine("models", "gazetteer.tsv.gz") };
        var output = new Option<string>("--out") { Description = "Lexicon file to write", DefaultValueFactory = _ => Path.Combine("models", EventLexiconBuilder.DefaultFileName) };
        var build = new Command("build-lexicon", "Compile the PLOVER trigger lexicon from the CAMEO verb dictionary and CAMEO2PLOVER") { data, gazetteer, output };
        build.SetAction(parse => CommonOptions.Guard(stderr, () =>
        {
            string dataDir = parse.GetValue(data)!;
            if (!Directory.Exists(dataDir)) throw new UsageException($"data folder not found: {dataDir}");
            EventLexiconData lexicon;
            string gazetteerPath = parse.GetValue(gazetteer)!;
            if (!File.Exists(gazetteerPath)) throw new UsageException($"gazetteer not found: {gazetteerPath} (build it with `extraction gazetteer build`)");
            try { lexicon = EventLexiconBuilder.Build(dataDir, gazetteerPath); }
            catch (FileNotFoundException ex) { throw new UsageException(ex.Message); }
            string outPath = parse.GetValue(output)!;
            EventLexiconBuilder.Write(lexicon, outPath);
            stdout.WriteLine($"wrote {outPath}: {lexicon.Verbs.Count} verbs, {lexicon.Forms.Count} forms, " +
                             $"{lexicon.Blocks.Sum(b => b.Patterns.Count)} patterns, {lexicon.Codes.Count} codes, {lexicon.Capitals.Count} capitals, {lexicon.CountryNames.Count} other names of countries, {lexicon.Cities.Count} cities");
            return Program.ExitOk;
        }));
        return new Command("events", "PLOVER event resources") { build };
    }
}
