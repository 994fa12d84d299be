using System.CommandLine;
using System.Diagnostics;
using Extraction.Entities;

namespace Extraction.Cli.Commands;

/// <summary><c>extraction gazetteer build --data ../shared/data --out models/gazetteer.tsv.gz</c></summary>
public static class GazetteerCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var data = CommonOptions.Data("countries_mledoze, countryinfo, geonames_cities15000, petrarch2_dictionaries and the corpora");
        var output = new Option<string>("--out") { Description = "Gazetteer file to write", DefaultValueFactory = _ => "models/gazetteer.tsv.gz" };
        var build = new Command("build", "Compile the gazetteer (names, common words, first names) from the data folder; deterministic") { data, output };
        build.SetAction(parse => CommonOptions.Guard(stderr, () =>
        {
            string dataDir = parse.GetValue(data)!;
            foreach (var required in new[] { "countries_mledoze", "countryinfo", "geonames_cities15000", "petrarch2_dictionaries", "uner_en_ewt", "crossner_politics", "re3d", "re_docred" })
                if (!Directory.Exists(Path.Combine(dataDir, required))) throw new UsageException($"data folder lacks {required}: {dataDir}");
            string outPath = parse.GetValue(output)!;
            var clock = Stopwatch.StartNew();
            new GazetteerBuilder(dataDir).Build(outPath);
            var built = Gazetteer.Load(outPath);
            stdout.WriteLine($"wrote {outPath}: {built.Count} names, {built.CommonWordCount} common words, {built.FirstNameCount} first names ({new FileInfo(outPath).Length / 1024} KiB, {clock.Elapsed.TotalSeconds:F1} s)");
            return Program.ExitOk;
        }));
        return new Command("gazetteer", "Build the entity gazetteer") { build };
    }
}
