using System.CommandLine;
using Extraction.Events;

namespace Extraction.Cli.Commands;

/// <summary><c>extraction events build-lexicon [--data ../shared/data] [--out models/events-lexicon.json]</c></summary>
public static class EventsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var data = CommonOptions.Data("petrarch2_dictionaries, plover, countries_mledoze");
        var output = new Option<string>("--out") { Description = "Lexicon file to write", DefaultValueFactory = _ => Path.Combine("models", EventLexiconBuilder.DefaultFileName) };
        var build = new Command("build-lexicon", "Compile the PLOVER trigger lexicon from the CAMEO verb dictionary and CAMEO2PLOVER") { data, output };
        build.SetAction(parse => CommonOptions.Guard(stderr, () =>
        {
            string dataDir = parse.GetValue(data)!;
            if (!Directory.Exists(dataDir)) throw new UsageException($"data folder not found: {dataDir}");
            EventLexiconData lexicon;
            try { lexicon = EventLexiconBuilder.Build(dataDir); }
            catch (FileNotFoundException ex) { throw new UsageException(ex.Message); }
            string outPath = parse.GetValue(output)!;
            EventLexiconBuilder.Write(lexicon, outPath);
            stdout.WriteLine($"wrote {outPath}: {lexicon.Verbs.Count} verbs, {lexicon.Forms.Count} forms, " +
                             $"{lexicon.Blocks.Sum(b => b.Patterns.Count)} patterns, {lexicon.Codes.Count} codes, {lexicon.Capitals.Count} capitals");
            return Program.ExitOk;
        }));
        return new Command("events", "PLOVER event resources") { build };
    }
}
