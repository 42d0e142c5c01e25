import { readTableFile } from '../imports/readTableFile';
import { invalidInput } from '../errors';
import { ageBrackets, type AgeBracket } from '../../../shared/interest/audience';
import { resolveTag, type CustomTagRef } from '../../../shared/domain/interestTags';
import { detectBareNumberScale, mapHeaders, parsePercentCell } from '../../../shared/parsing';
import { headerKey } from '../../../shared/parsing/headers';
import { coded, type CodedMessage, type ImportErrorCode } from '../../../shared/domain/importErrors';

/**
 * Reads an audience portrait export (粉丝画像) in long form — one row per (dimension, name, share):
 *   维度,名称,占比 / 兴趣,护肤,35% / 性别,女,78% / 年龄,18-23,21% / 地域,广东,12%
 * into a draft profile the user reviews in the form before saving (nothing is stored here).
 */
const aliases = {
  dimension: ['维度', '类型', '分类', '画像维度', 'dimension', 'type', 'category'],
  name: ['名称', '标签', '项目', '取值', '分布', 'name', 'label', 'value', 'tag', 'item'],
  share: ['占比', '比例', '百分比', '占比%', 'share', 'percent', 'percentage', 'ratio'],
} as const;

type Dimension = 'interest' | 'gender' | 'age' | 'region';
const dimensionWords: Record<Dimension, string[]> = {
  interest: ['兴趣', '兴趣分布', '兴趣标签', '兴趣偏好', 'interest', 'interests'],
  gender: ['性别', '性别分布', 'gender', 'sex'],
  age: ['年龄', '年龄分布', '年龄段', 'age', 'ages'],
  region: ['地域', '地域分布', '省份', '城市', '地区', 'region', 'regions', 'province', 'city'],
};

function dimensionOf(text: string): Dimension | null {
  const k = headerKey(text);
  for (const [dim, words] of Object.entries(dimensionWords) as [Dimension, string[]][]) {
    if (words.some((w) => headerKey(w) === k)) return dim;
  }
  return null;
}

function genderOf(text: string): 'female' | 'male' | null {
  const k = headerKey(text);
  if (['女', '女性', 'female', 'women', 'f'].includes(k)) return 'female';
  if (['男', '男性', 'male', 'men', 'm'].includes(k)) return 'male';
  return null;
}

function ageOf(text: string): AgeBracket | null {
  const t = text.normalize('NFKC').replace(/\s|岁/g, '');
  if (/^(50\+|>50|50以上|50-?$|大于50|51\+)/.test(t)) return '50+';
  const m = /^(\d{2})[-~至到](\d{2})$/.exec(t);
  if (!m) return null;
  const key = `${m[1]}-${m[2]}`;
  return (ageBrackets as readonly string[]).includes(key) ? (key as AgeBracket) : null;
}

export interface AudienceDraft {
  profile: {
    interests: Record<string, number>;
    gender: { female: number; male: number };
    ages: Record<string, number>;
    regions: { name: string; share: number }[];
  };
  errors: ({ rowNumber: number } & CodedMessage)[];
  rows: number;
}

export async function readAudienceFile(
  fileName: string,
  bytes: Uint8Array,
  customTags: readonly CustomTagRef[],
): Promise<AudienceDraft> {
  const table = await readTableFile({ fileName, bytes, maxRows: 2000, fieldAliases: aliases });
  const { mapping } = mapHeaders(table.headers, aliases);
  for (const field of ['dimension', 'name', 'share'] as const) {
    if (mapping[field] === null) {
      throw invalidInput(
        ['file'],
        `No ${field} column found (expected headers like 维度 / 名称 / 占比); the file has: ${table.headers.join(', ')}`,
        `audienceImport.missing.${field}`,
        { columns: table.headers.join(', ') },
      );
    }
  }
  const col = (f: keyof typeof aliases) => mapping[f] as string;
  const scale = detectBareNumberScale(table.rows.map((r) => r.cells[col('share')]));
  const draft: AudienceDraft = {
    profile: {
      interests: {},
      gender: { female: 0, male: 0 },
      ages: Object.fromEntries(ageBrackets.map((a) => [a, 0])),
      regions: [],
    },
    errors: [],
    rows: table.rows.length,
  };
  const fail = (
    rowNumber: number,
    message: string,
    code: ImportErrorCode,
    params?: Record<string, string | number>,
  ) => draft.errors.push({ rowNumber, ...coded(message, code, params) });
  for (const row of table.rows) {
    const dimText = String(row.cells[col('dimension')] ?? '').trim();
    const name = String(row.cells[col('name')] ?? '').trim();
    const dim = dimensionOf(dimText);
    if (!dim) {
      fail(
        row.rowNumber,
        `Unknown dimension "${dimText}": use 兴趣, 性别, 年龄 or 地域`,
        'row.unknownDimension',
        {
          text: dimText,
        },
      );
      continue;
    }
    const share = parsePercentCell(row.cells[col('share')], { bareNumber: scale });
    if (!share.ok) {
      fail(row.rowNumber, share.error, share.code, share.params);
      continue;
    }
    if (share.value === null) continue;
    const fraction = share.value / 100;
    switch (dim) {
      case 'interest': {
        const ids = resolveTag(name, customTags);
        if (ids.length !== 1) {
          fail(row.rowNumber, `Unknown interest tag "${name}"`, 'row.unknownInterest', { text: name });
          break;
        }
        const id = ids[0]!;
        draft.profile.interests[id] = (draft.profile.interests[id] ?? 0) + fraction;
        break;
      }
      case 'gender': {
        const g = genderOf(name);
        if (g) draft.profile.gender[g] = fraction;
        else
          fail(row.rowNumber, `Unknown gender "${name}": use 女 or 男`, 'row.unknownGender', { text: name });
        break;
      }
      case 'age': {
        const a = ageOf(name);
        if (a) draft.profile.ages[a] = fraction;
        else
          fail(
            row.rowNumber,
            `Unknown age bracket "${name}": use ${ageBrackets.join(', ')}`,
            'row.unknownAge',
            {
              text: name,
              brackets: ageBrackets.join(', '),
            },
          );
        break;
      }
      case 'region':
        if (name) draft.profile.regions.push({ name, share: fraction });
        else fail(row.rowNumber, 'Region name is empty', 'row.regionEmpty');
        break;
    }
  }
  return draft;
}
