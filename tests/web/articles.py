"""Short Arabic news items written for these tests: two outlets report one air strike, a protest
elsewhere, a clash in another country and month, and a protest in the struck city (two events at
one place on the map)."""

from __future__ import annotations

import json
from pathlib import Path

ARTICLES: list[dict[str, str]] = [
    {
        "id": "web-1",
        "outlet": "وكالة الشام",
        "published": "2024-03-11",
        "url": "https://example.org/news/1",
        "title": "غارات جوية على مدينة إدلب",
        "text": "قتل خمسة مدنيين وأصيب آخرون اليوم الاثنين جراء غارات جوية شنتها طائرات روسية "
        "على مدينة إدلب شمال غربي سوريا.\n\nوقال الدفاع المدني إن فرقه انتشلت الجثث من تحت "
        "الأنقاض.",
    },
    {
        "id": "web-2",
        "outlet": "شبكة الفرات",
        "published": "2024-03-11",
        "url": "https://example.org/news/2",
        "title": "قصف روسي يقتل مدنيين في إدلب",
        "text": "لقي خمسة مدنيين مصرعهم اليوم الاثنين بقصف جوي روسي استهدف أحياء سكنية في مدينة "
        "إدلب.\n\nوأفاد مراسلنا بأن المشافي الميدانية استقبلت عددا من الجرحى.",
    },
    {
        "id": "web-3",
        "outlet": "صحيفة الرافدين",
        "published": "2024-04-02",
        "url": "https://example.org/news/3",
        "title": "احتجاجات في البصرة",
        "text": "تظاهر مئات المواطنين اليوم الثلاثاء أمام مبنى المحافظة في مدينة البصرة جنوبي "
        "العراق احتجاجا على انقطاع الكهرباء.\n\nورفع المحتجون لافتات تطالب بتحسين الخدمات.",
    },
    {
        "id": "web-4",
        "outlet": "موقع سبأ",
        "published": "2024-05-20",
        "url": "https://example.org/news/4",
        "title": "اشتباكات في تعز",
        "text": "اندلعت اليوم الاثنين اشتباكات عنيفة بين قوات الحكومة اليمنية ومسلحي جماعة "
        "الحوثي في مدينة تعز، أسفرت عن مقتل ثلاثة مقاتلين.\n\nوقالت مصادر محلية إن المواجهات "
        "استمرت عدة ساعات.",
    },
    {
        "id": "web-5",
        "outlet": "وكالة الشام",
        "published": "2024-04-05",
        "url": "https://example.org/news/5",
        "title": "وقفة احتجاجية في إدلب",
        "text": "تظاهر العشرات من أهالي مدينة إدلب اليوم الجمعة في ساحة الساعة وسط المدينة "
        "للمطالبة بالإفراج عن المعتقلين.\n\nوردد المتظاهرون شعارات تدعو إلى وقف القصف.",
    },
]


def write_jsonl(folder: Path) -> Path:
    path = folder / "articles.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for a in ARTICLES:
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    return path
