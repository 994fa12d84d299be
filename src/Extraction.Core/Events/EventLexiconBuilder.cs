using System.Text.Json;
using System.Text.RegularExpressions;
using Extraction.Model;

namespace Extraction.Events;

/// <summary>
/// Compiles models/events-lexicon.json from ../shared/data (see <c>extraction events build-lexicon</c>):
/// <list type="bullet">
/// <item>petrarch2_dictionaries/CAMEO.2.0.txt: synonym sets, verb blocks (verbs, irregular forms, own codes) and
/// their "- pre * post [code]" patterns;</item>
/// <item>plover/CAMEO2PLOVER-2021.txt: CAMEO code → PLOVER type and mode;</item>
/// <item>countries_mledoze/countries.json: capital → country, for <see cref="Event.ActorCountry"/>;</item>
/// <item>geonames_cities15000/cities15000.txt: city of 100,000 people or more → country (by its ISO code in countries.json),
/// for a dateline's state;</item>
/// <item>the gazetteer (models/gazetteer.tsv.gz), when given: every name it knows a country by ("Turkey", "Britain") → the
/// country's common name, since entities keep the name the text gives them.</item>
/// </list>
/// Three documented departures from the plain tables (the third, a context in the mode column, is read where the table
/// is): CAMEO 02x (APPEAL) is "dropped" in CAMEO2PLOVER, but the
/// PLOVER manual defines REQUEST as "all requests, demands, and orders", so 02x maps like its 10x twin
/// (020 → 100, 0231 → 1031); and a verb block whose header has no code ([---]) takes the code of a CAMEO
/// description that names one of its verbs outright ("120: Reject" gives REFUSE/RESIST/DENY the REJECT default),
/// since PETRARCH2 would otherwise code those verbs only through its parse-tree transformations.
/// </summary>
public static partial class EventLexiconBuilder
{
    public const string DefaultFileName = "events-lexicon.json";

    public static EventLexiconData Build(string dataDirectory, string? gazetteerPath = null)
    {
        string cameoPath = Path.Combine(dataDirectory, "petrarch2_dictionaries", "CAMEO.2.0.txt");
        string mapPath = Path.Combine(dataDirectory, "plover", "CAMEO2PLOVER-2021.txt");
        string countriesPath = Path.Combine(dataDirectory, "countries_mledoze", "countries.json");
        string citiesPath = Path.Combine(dataDirectory, "geonames_cities15000", "cities15000.txt");
        foreach (var p in new[] { cameoPath, mapPath, countriesPath, citiesPath })
            if (!File.Exists(p)) throw new FileNotFoundException($"lexicon source not found: {p}", p);

        var data = new EventLexiconData();
        foreach (var p in new[] { cameoPath, mapPath, countriesPath, citiesPath })
            data.Sources[Path.GetRelativePath(dataDirectory, p).Replace('\\', '/')] = Hashing.Sha256Hex(File.ReadAllText(p));

        var plover = ReadCameoToPlover(File.ReadAllLines(mapPath));
        var senses = ReadVerbDictionary(File.ReadAllLines(cameoPath), data);
        KeepPatternsToTheirVerbsSense(senses, plover);
        AddRegularForms(data);
        AssignDescriptionDefaults(data, plover);

        // Keep only the codes the dictionary uses, each resolved to its PLOVER type (or dropped).
        var used = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var b in data.Blocks)
        {
            if (b.Code is not null) used.Add(b.Code);
            foreach (var p in b.Patterns) if (p.Code is not null) used.Add(p.Code);
        }
        foreach (var v in data.Verbs.Values) if (v.Code is not null) used.Add(v.Code);
        used.UnionWith(NominalTriggers.Codes.Values);
        foreach (var code in used)
            if (Resolve(code, plover) is { } info) data.Codes[code] = info;

        var countryOfCode = ReadCapitals(countriesPath, data);
        ReadCities(citiesPath, countryOfCode, data);
        if (gazetteerPath is not null)
        {
            data.Sources[Path.GetFileName(gazetteerPath)] = Hashing.Sha256HexOfFile(gazetteerPath);
            var countries = new HashSet<string>(data.Capitals.Values, StringComparer.Ordinal);
            foreach (var (name, country) in Entities.Gazetteer.Load(gazetteerPath).CountryNames)
                if (countries.Contains(country) && name != country.ToLowerInvariant()) data.CountryNames[name] = country;
        }
        return data;
    }

    public static void Write(EventLexiconData data, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = File.Create(path);
        JsonSerializer.Serialize(stream, data, EventLexicon.JsonOptions);
    }

    /// <summary>The CAMEO → PLOVER reading used by the lexicon, for scoring CAMEO-coded test data; null for dropped codes.</summary>
    public static Func<string, CodeInfo?> CodeResolver(string dataDirectory)
    {
        var plover = ReadCameoToPlover(File.ReadAllLines(Path.Combine(dataDirectory, "plover", "CAMEO2PLOVER-2021.txt")));
        return code => Resolve(code, plover);
    }

    private sealed record PloverRow(string Type, string? Mode, string? Context, string Description);

    /// <summary>"0332: AGREE,  ,   military # Express intent to provide military aid" → code → row.</summary>
    private static Dictionary<string, PloverRow> ReadCameoToPlover(string[] lines)
    {
        var map = new Dictionary<string, PloverRow>(StringComparer.Ordinal);
        foreach (var raw in lines)
        {
            var m = PloverLine().Match(raw);
            if (!m.Success) continue;
            string[] fields = m.Groups[2].Value.Split(',');
            string type = fields[0].Trim();
            if (!EventTypes.All.Contains(type)) continue;
            // PLOVER's manual (CONCEDE) counts "removing curfews" among concessions, as its gold-standard records code a curfew
            // or a state of emergency lifted; the 2021 table puts those two codes under RETREAT.
            if (m.Groups[1].Value is "0813" or "0814") type = "CONCEDE";
            // "175: ASSAULT, pro_autocracy , military": a context's name (PLOVER writes contexts with "_", modes with "-") in
            // the mode's column is no mode; the code's description stands for it ("use violent repression").
            string? mode = fields.Length > 1 && fields[1].Trim() is { Length: > 0 } md && !md.Contains('_') ? md : null;
            string? context = fields.Length > 2 && fields[2].Trim() is { Length: > 0 } cx ? cx : null;
            // ("# Ease curfew  21.09.17: "ease" is no longer a mode": an editor's dated note after the description is none of it.)
            string description = m.Groups[3].Value.Trim();
            if (EditorsNote().Match(description) is { Success: true } note) description = description[..note.Index];
            map.TryAdd(m.Groups[1].Value, new PloverRow(type, mode, context, description));
        }
        return map;
    }

    /// <summary>CAMEO 016, "Deny responsibility": PLOVER's manual (its CAMEO conversion notes) says it "might be considered
    /// REJECT", and so it is read here ("Moscow denied the accusations"); the table drops 01x.</summary>
    private static readonly CodeInfo DenyResponsibility = new() { Type = "REJECT", Mode = "deny responsibility", Description = "Deny responsibility" };

    /// <summary>The PLOVER reading of a CAMEO code: exact row, else the nearest parent code; 01x is dropped but for 016.</summary>
    private static CodeInfo? Resolve(string code, Dictionary<string, PloverRow> plover)
    {
        if (code == "016") return DenyResponsibility;
        if (code.StartsWith("01", StringComparison.Ordinal)) return null;
        string lookup = code.StartsWith("02", StringComparison.Ordinal) ? "10" + code[2..] : code;
        for (string c = lookup; c.Length >= 2; c = c[..^1])
        {
            if (!plover.TryGetValue(c, out var row)) continue;
            return new CodeInfo { Type = row.Type, Mode = row.Mode ?? ShortDescription(row.Description), Description = row.Description };
        }
        return null;
    }

    /// <summary>"Express intent to provide military aid" → "provide military aid": the action, for <see cref="Event.Mode"/>.</summary>
    private static string ShortDescription(string description)
    {
        const string intent = "express intent to ";
        string d = description.ToLowerInvariant();
        return d.StartsWith(intent, StringComparison.Ordinal) ? d[intent.Length..] : d;
    }

    /// <summary>What a block says of its verbs' senses beyond the lexicon's data: each verb's own code (written on its line, not the
    /// block's), and the verb a pattern was written for (the dictionary's comment after it: "- * (FOR &amp;CRIME) [173] # INDICT").</summary>
    private sealed record BlockSenses(VerbBlock Block, Dictionary<string, string?> OwnCodes, Dictionary<VerbPattern, string> WrittenFor);

    private static List<BlockSenses> ReadVerbDictionary(string[] lines, EventLexiconData data)
    {
        bool inVerbs = false;
        string? synset = null;
        BlockSenses? block = null;
        var blocks = new List<BlockSenses>();
        foreach (var raw in lines)
        {
            string line = StripComment(raw).TrimEnd();
            if (raw.StartsWith("####### VERB PATTERNS", StringComparison.Ordinal)) { inVerbs = true; synset = null; continue; }
            if (line.Length == 0) { synset = null; continue; }
            if (!inVerbs)
            {
                if (line.StartsWith('&')) { synset = line[1..].Trim().TrimEnd('_'); data.Synsets[synset] = new List<string>(); }
                else if (line.StartsWith('+') && synset is not null) data.Synsets[synset].Add(Phrase(line[1..]));
                continue;
            }
            if (line.StartsWith("---", StringComparison.Ordinal))
            {
                var h = HeaderLine().Match(line);
                if (!h.Success) continue;
                block = new BlockSenses(new VerbBlock { Name = h.Groups[1].Value, Code = ParseCode(h.Groups[2].Value).Code }, new(), new());
                data.Blocks.Add(block.Block);
                blocks.Add(block);
            }
            else if (block is null || line.StartsWith('~')) continue;
            else if (line.StartsWith('-'))
            {
                if (AddPattern(line, block.Block) is { } pattern && Comment(raw) is { Length: > 0 } comment)
                    block.WrittenFor[pattern] = Phrase(comment.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0].TrimStart('+'));
            }
            else AddVerb(line, block, data);
        }
        return blocks;
    }

    /// <summary>A block's patterns serve all of its verbs, as in PETRARCH2, but for a verb the dictionary gives a sense of its own that
    /// differs in type from the sense of the verb a pattern was written for: "blamed Indian forces for the violations" is no
    /// indictment (BLAME's block holds INDICT [173] and its "(FOR &amp;CRIME) [173]"), "monitored" takes none of ORDER's patterns.</summary>
    private static void KeepPatternsToTheirVerbsSense(List<BlockSenses> blocks, Dictionary<string, PloverRow> plover)
    {
        string? TypeOf(string? code) => code is null ? null : Resolve(code, plover)?.Type;
        foreach (var (block, ownCodes, writtenFor) in blocks)
            foreach (var (pattern, origin) in writtenFor)
            {
                if (!ownCodes.TryGetValue(origin, out var originCode) || TypeOf(originCode) is not { } originType
                    || TypeOf(pattern.Code) is not { } patternType) continue;
                foreach (var (lemma, code) in ownCodes)
                    if (lemma != origin && TypeOf(code) is { } type && type != originType && type != patternType)
                        (pattern.NotFor ??= []).Add(lemma);
            }
    }

    private static VerbPattern? AddPattern(string line, VerbBlock block)
    {
        int open = line.LastIndexOf('[');
        if (open < 0) return null;
        var (code, reverse) = ParseCode(line[(open + 1)..line.IndexOf(']', open)]);
        var pattern = new VerbPattern { Code = code, Reverse = reverse };
        bool afterStar = false;
        foreach (var piece in line[1..open].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (piece == "*") { afterStar = true; continue; }
            foreach (var word in piece.Trim('(', ')', '{', '}').Split('_', StringSplitOptions.RemoveEmptyEntries))
            {
                // $, +, ^, % mark source/target/skip positions in PETRARCH's parse-tree matcher: not words.
                if (!char.IsLetterOrDigit(word[0]) && word[0] != '&') continue;
                string element = word[0] == '&' ? word.TrimEnd(')', '}') : word.ToLowerInvariant().TrimEnd(')', '}');
                (afterStar ? pattern.Post : pattern.Pre).Add(element);
            }
        }
        if (pattern.Pre.Count + pattern.Post.Count == 0) return null;
        block.Patterns.Add(pattern);
        return pattern;
    }

    /// <summary>"SPEED {SPEEDING SPEEDS SPED } [154]" or "+MEET_WITH {+MET_WITH …}": the verb, its forms, its own code.</summary>
    private static void AddVerb(string line, BlockSenses block, EventLexiconData data)
    {
        string? code = block.Block.Code, ownCode = null;
        int open = line.IndexOf('[');
        if (open >= 0)
        {
            code = ownCode = ParseCode(line[(open + 1)..line.IndexOf(']', open)]).Code;
            line = line[..open];
        }
        var irregular = new List<string>();
        int brace = line.IndexOf('{');
        if (brace >= 0)
        {
            int close = line.IndexOf('}', brace);
            irregular.AddRange(line[(brace + 1)..(close < 0 ? line.Length : close)]
                .Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(f => Phrase(f.TrimStart('+'))));
            line = line[..brace];
        }
        string lemma = Phrase(line.Trim().TrimStart('+'));
        if (lemma.Length == 0) return;
        block.OwnCodes.TryAdd(lemma, ownCode);
        // A verb listed twice keeps its first reading, as PETRARCH2 does.
        if (!data.Verbs.TryAdd(lemma, new VerbInfo { Code = code, Block = data.Blocks.Count - 1 })) return;
        data.Forms.TryAdd(lemma, lemma);
        foreach (var form in irregular) data.Forms.TryAdd(form, lemma);
    }

    /// <summary>After all verbs and their listed forms: generated regular forms never override a listed one ("hoping" is "hope",
    /// not "hop"). The dictionary spells most verbs in "-ize" the American way only; British and Commonwealth news writes
    /// "finalised", "normalising", "analysed", so those spellings are forms of the same verb.</summary>
    private static void AddRegularForms(EventLexiconData data)
    {
        foreach (var lemma in data.Verbs.Keys)
        {
            foreach (var form in Inflect(lemma)) data.Forms.TryAdd(form, lemma);
            // ("has withdrawn from ECOWAS": the dictionary lists "withdrew" but not the participle.)
            if (IrregularParticiple(lemma) is { } participle) data.Forms.TryAdd(participle, lemma);
            if (BritishSpelling(lemma) is { } british)
                foreach (var form in Inflect(british)) data.Forms.TryAdd(form, lemma);
        }
    }

    /// <summary>Irregular verbs' past participles the dictionary's lists of forms may lack, by the verb's stem.</summary>
    private static readonly Dictionary<string, string> IrregularParticiples = new(StringComparer.Ordinal)
    {
        ["draw"] = "drawn", ["throw"] = "thrown", ["blow"] = "blown", ["grow"] = "grown", ["know"] = "known", ["show"] = "shown", ["fly"] = "flown",
        ["shake"] = "shaken", ["take"] = "taken", ["give"] = "given", ["break"] = "broken", ["speak"] = "spoken", ["choose"] = "chosen",
        ["freeze"] = "frozen", ["steal"] = "stolen", ["swear"] = "sworn", ["tear"] = "torn", ["wear"] = "worn", ["beat"] = "beaten",
        ["bite"] = "bitten", ["hide"] = "hidden", ["ride"] = "ridden", ["rise"] = "risen", ["drive"] = "driven", ["write"] = "written",
        ["forbid"] = "forbidden", ["begin"] = "begun", ["sink"] = "sunk", ["go"] = "gone", ["do"] = "done", ["see"] = "seen", ["fall"] = "fallen",
        ["forget"] = "forgotten", ["get"] = "gotten", ["shrink"] = "shrunk", ["strive"] = "striven", ["swell"] = "swollen", ["wake"] = "woken",
        ["weave"] = "woven", ["eat"] = "eaten", ["prove"] = "proven",
    };

    private static readonly string[] VerbPrefixes = ["", "with", "over", "under", "fore", "re", "mis", "out", "up", "un", "for"];

    /// <summary>The past participle of a one-word irregular verb, its stem alone or after a prefix ("withdraw" → "withdrawn",
    /// "undertake" → "undertaken"); or null.</summary>
    internal static string? IrregularParticiple(string lemma)
    {
        if (lemma.Contains(' ')) return null;
        foreach (var prefix in VerbPrefixes)
            if (lemma.StartsWith(prefix, StringComparison.Ordinal) && IrregularParticiples.TryGetValue(lemma[prefix.Length..], out var participle))
                return prefix + participle;
        return null;
    }

    /// <summary>"finalize" → "finalise", "analyze" → "analyse" (the first word of a multi-word verb; not "size" or "seize"); or null.</summary>
    internal static string? BritishSpelling(string lemma)
    {
        int space = lemma.IndexOf(' ');
        string head = space < 0 ? lemma : lemma[..space];
        if (head.Length < 6 || !(head.EndsWith("ize", StringComparison.Ordinal) || head.EndsWith("yze", StringComparison.Ordinal))) return null;
        return head[..^2] + "se" + (space < 0 ? "" : lemma[space..]);
    }

    /// <summary>Regular forms of a (possibly multi-word) verb: the first word is inflected.</summary>
    internal static IEnumerable<string> Inflect(string lemma)
    {
        int space = lemma.IndexOf(' ');
        string head = space < 0 ? lemma : lemma[..space], rest = space < 0 ? "" : lemma[space..];
        yield return lemma;
        foreach (var f in InflectWord(head)) yield return f + rest;
    }

    private static IEnumerable<string> InflectWord(string w)
    {
        if (w.Length < 2) yield break;
        char last = w[^1];
        bool consonantY = last == 'y' && !IsVowel(w[^2]);
        if (consonantY) yield return w[..^1] + "ies";
        else if (w.EndsWith('s') || w.EndsWith('x') || w.EndsWith('z') || w.EndsWith("ch") || w.EndsWith("sh")) { yield return w + "es"; yield return w + "ed"; }
        else if (last == 'e') { yield return w + "s"; yield return w + "d"; }
        else yield return w + "s";
        // One-syllable consonant-vowel-consonant verbs double ("stopped"); longer ones that do are listed as irregular.
        bool doubles = !IsVowel(last) && last is not ('w' or 'x' or 'y') && IsVowel(w[^2]) && (w.Length == 2 || !IsVowel(w[^3]))
                       && w.Count(IsVowel) == 1;
        if (doubles) { yield return w + last + "ed"; yield return w + last + "ing"; yield break; }
        // "travelled", "fuelled", "totalling": British spelling doubles a final "l" after one vowel (or "ue") in longer verbs too,
        // where the dictionary lists no forms.
        if (last == 'l' && IsVowel(w[^2]) && (w.Length < 3 || !IsVowel(w[^3]) || w.EndsWith("uel", StringComparison.Ordinal)))
        {
            yield return w + "led";
            yield return w + "ling";
        }
        if (consonantY || !(w.EndsWith('s') || w.EndsWith('x') || w.EndsWith('z') || w.EndsWith("ch") || w.EndsWith("sh") || last == 'e'))
            yield return consonantY ? w[..^1] + "ied" : w + "ed";
        yield return last == 'e' && !w.EndsWith("ee") ? w[..^1] + "ing" : w + "ing";
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>Blocks without a header code take the code of a CAMEO description that is one of their verbs.</summary>
    private static void AssignDescriptionDefaults(EventLexiconData data, Dictionary<string, PloverRow> plover)
    {
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, row) in plover.OrderBy(kv => kv.Key.Length).ThenBy(kv => kv.Key, StringComparer.Ordinal))
        {
            // Only descriptions that are nothing but verbs: "Reject", "Praise or endorse", "Abduct, hijack".
            string[] words = row.Description.ToLowerInvariant().Replace(",", " or ").Split(" or ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (words.Any(w => w.Contains(' '))) continue;
            foreach (var w in words) named.TryAdd(w, code);
        }
        for (int i = 0; i < data.Blocks.Count; i++)
        {
            var block = data.Blocks[i];
            if (block.Code is not null) continue;
            var members = data.Verbs.Where(v => v.Value.Block == i).ToList();
            string? code = members.Select(v => named.GetValueOrDefault(v.Key)).FirstOrDefault(c => c is not null);
            if (code is null) continue;
            block.Code = code;
            foreach (var (_, info) in members) info.Code ??= code;
        }
    }

    /// <summary>Fills <see cref="EventLexiconData.Capitals"/> and returns each country's common name by its ISO code.</summary>
    private static Dictionary<string, string> ReadCapitals(string countriesPath, EventLexiconData data)
    {
        var countryOfCode = new Dictionary<string, string>(StringComparer.Ordinal);
        using var doc = JsonDocument.Parse(File.ReadAllText(countriesPath));
        foreach (var country in doc.RootElement.EnumerateArray())
        {
            string name = country.GetProperty("name").GetProperty("common").GetString()!;
            if (country.TryGetProperty("cca2", out var code) && code.GetString() is { Length: 2 } iso) countryOfCode[iso] = name;
            if (!country.TryGetProperty("capital", out var caps) || caps.ValueKind != JsonValueKind.Array) continue;
            foreach (var cap in caps.EnumerateArray())
                if (cap.GetString() is { Length: > 0 } c) data.Capitals.TryAdd(c.ToLowerInvariant(), name);
        }
        return countryOfCode;
    }

    /// <summary>The smallest city population <see cref="EventLexiconData.Cities"/> keeps.</summary>
    private const int CityPopulation = 100_000;

    private static void ReadCities(string citiesPath, Dictionary<string, string> countryOfCode, EventLexiconData data)
    {
        var cities = new List<(string Name, string Ascii, string Country, int Population)>();
        foreach (var line in File.ReadLines(citiesPath))
        {
            var f = line.Split('\t');
            if (f.Length < 15 || !int.TryParse(f[14], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int population)
                || population < CityPopulation || !countryOfCode.TryGetValue(f[8], out var country)) continue;
            cities.Add((f[1], f[2], country, population));
        }
        // Larger places first: a name shared by several cities is the largest one's ("Hyderabad" is India's).
        foreach (var c in cities.OrderByDescending(c => c.Population).ThenBy(c => c.Name, StringComparer.Ordinal))
            foreach (var name in new[] { c.Name, c.Ascii })
            {
                string key = name.ToLowerInvariant();
                if (!data.Capitals.ContainsKey(key)) data.Cities.TryAdd(key, c.Country);
            }
    }

    private static (string? Code, bool Reverse) ParseCode(string text)
    {
        text = text.Trim();
        if (text.Length == 0 || text.StartsWith("---", StringComparison.Ordinal)) return (null, false);
        int colon = text.IndexOf(':');
        if (colon < 0) return (text, false);
        string first = text[..colon].Trim(), second = text[(colon + 1)..].Trim();
        if (first.Length > 0 && first != "---") return (first, false);
        return second.Length > 0 && second != "---" ? (second, true) : (null, false);
    }

    private static string Phrase(string token) =>
        string.Join(' ', token.Trim().TrimEnd('_').ToLowerInvariant().Split('_', StringSplitOptions.RemoveEmptyEntries));

    private static string StripComment(string line)
    {
        int hash = line.IndexOf('#');
        return hash < 0 ? line : line[..hash];
    }

    private static string Comment(string line)
    {
        int hash = line.IndexOf('#');
        return hash < 0 ? "" : line[(hash + 1)..].Trim();
    }

    [GeneratedRegex(@"^(\d{2,4}):\s*([^#]*)#?(.*)$")]
    private static partial Regex PloverLine();

    [GeneratedRegex(@"\s{2,}\d{2}\.\d{2}\.\d{2}:")]
    private static partial Regex EditorsNote();

    [GeneratedRegex(@"^---\s+(\S+)\s+\[([^\]]*)\]")]
    private static partial Regex HeaderLine();
}
