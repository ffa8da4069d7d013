//! Text search over Chinese names, their pinyin (full and initials) and English names.
//! Scores are small integers, lower is better: match level (exact, prefix, substring)
//! first, then language (Chinese, pinyin, English).
use app::model::Entity;
use pinyin::ToPinyin;

/// The searchable strings of one entity, computed once when the index is built.
#[derive(Debug)]
pub(super) struct TextKeys {
    /// Lower-cased Chinese names: the entity's name, aliases and member sites.
    zh: Vec<String>,
    /// Full pinyin and pinyin initials of each Chinese name.
    pinyin: Vec<String>,
    /// Lower-cased English name.
    en: String,
}

/// Readings the pinyin tables give differently from place names (厦门 is xiamen, not shamen).
const PLACE_READINGS: [(char, &str); 1] = [('厦', "xia")];

/// `(full, initials)`: hanzi by pinyin, ASCII letters and digits kept, the rest dropped.
fn pinyin_of(text: &str) -> (String, String) {
    let mut full = String::new();
    let mut initials = String::new();
    for (c, py) in text.chars().zip(text.to_pinyin()) {
        let place = PLACE_READINGS.iter().find(|(h, _)| *h == c).map(|r| r.1);
        if let Some(syllable) = place.or(py.map(|p| p.plain())) {
            full.push_str(syllable);
            initials.extend(syllable.chars().next());
        } else if c.is_ascii_alphanumeric() {
            full.push(c.to_ascii_lowercase());
            initials.push(c.to_ascii_lowercase());
        }
    }
    (full, initials)
}

impl TextKeys {
    pub fn new(e: &Entity) -> Self {
        let p = &e.props;
        let names = std::iter::once(&p.name_zh)
            .chain(&p.aliases)
            .chain(p.members.iter().map(|m| &m.name_zh));
        let mut zh: Vec<String> = names.map(|n| n.to_lowercase()).collect();
        zh.sort();
        zh.dedup();
        let mut pinyin = Vec::with_capacity(zh.len() * 2);
        for name in &zh {
            let (full, initials) = pinyin_of(name);
            pinyin.extend([full, initials].into_iter().filter(|s| !s.is_empty()));
        }
        TextKeys {
            zh,
            pinyin,
            en: p.name_en.to_lowercase(),
        }
    }
}

/// The search text, normalised once per query.
#[derive(Debug)]
pub(super) struct Needle {
    zh: String,
    /// Letters and digits only, when the text could be pinyin.
    pinyin: Option<String>,
    en: String,
}

impl Needle {
    /// `None` when nothing searchable is left.
    pub fn new(q: &str) -> Option<Needle> {
        let lower = q.to_lowercase();
        let zh: String = lower.chars().filter(|c| !c.is_whitespace()).collect();
        let en = lower.split_whitespace().collect::<Vec<_>>().join(" ");
        let ascii = lower.is_ascii();
        let letters: String = lower.chars().filter(char::is_ascii_alphanumeric).collect();
        let pinyin = (ascii && !letters.is_empty()).then_some(letters);
        (!zh.is_empty()).then_some(Needle { zh, pinyin, en })
    }
}

/// 0 exact, 1 prefix, 2 substring.
fn level(hay: &str, needle: &str) -> Option<u8> {
    if hay == needle {
        Some(0)
    } else if hay.starts_with(needle) {
        Some(1)
    } else {
        hay.contains(needle).then_some(2)
    }
}

/// English matches count as prefixes when they start any word of the name.
fn en_level(hay: &str, needle: &str) -> Option<u8> {
    let word_start = hay.split_whitespace().any(|w| w.starts_with(needle));
    match level(hay, needle) {
        Some(2) if word_start => Some(1),
        l => l,
    }
}

/// The entity's best score for `n`, or `None` when it does not match.
pub(super) fn score(keys: &TextKeys, n: &Needle) -> Option<u8> {
    let zh = keys.zh.iter().filter_map(|h| level(h, &n.zh)).min();
    let py = n
        .pinyin
        .as_deref()
        .and_then(|needle| keys.pinyin.iter().filter_map(|h| level(h, needle)).min());
    let en = en_level(&keys.en, &n.en);
    let scored = [zh, py, en].into_iter().enumerate();
    scored
        .filter_map(|(lang, l)| l.map(|l| l * 3 + lang as u8))
        .min()
}
