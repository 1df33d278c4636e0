import sharp from 'sharp';
import { imageKindOf } from '../domain/capture';
import { decodeHeic } from './heic';
import { limits } from '../domain/limits';
import { fail, ok, type Result } from './result';

export type PhotoRefusal = 'empty' | 'tooBig' | 'notImage';

export interface ShrunkPhoto {
	contentType: 'image/jpeg';
	data: Uint8Array;
	width: number;
	height: number;
}

/** Larger than any phone camera's photo; refused before its pixels are held in memory. */
const maxPixels = 100_000_000;

/**
 * A photo as it is stored: checked by its first bytes (never its name or the browser's type), turned
 * upright, its long side at most `photoLongSide`, as JPEG. sharp writes no metadata unless asked
 * (`withMetadata`, `keepExif`), so EXIF with its GPS position, the camera and the time are gone.
 * HEIC (iPhones) is decoded by libheif first, as sharp's prebuilt libvips has no HEVC decoder.
 */
export async function shrinkPhoto(bytes: Uint8Array): Promise<Result<ShrunkPhoto, PhotoRefusal>> {
	if (bytes.length === 0) return fail('empty');
	if (bytes.length > limits.photoBytesMax) return fail('tooBig');
	const kind = imageKindOf(bytes);
	if (!kind) return fail('notImage');
	let input = sharp(bytes, { limitInputPixels: maxPixels });
	if (kind === 'heic') {
		const decoded = await decodeHeic(bytes, maxPixels);
		if (!decoded) return fail('notImage');
		input = sharp(decoded.data, { raw: { width: decoded.width, height: decoded.height, channels: 4 } });
	}
	try {
		const { data, info } = await input
			.rotate()
			.resize({ width: limits.photoLongSide, height: limits.photoLongSide, fit: 'inside', withoutEnlargement: true })
			.flatten({ background: '#ffffff' })
			.jpeg({ quality: 80, mozjpeg: true })
			.toBuffer({ resolveWithObject: true });
		return ok({ contentType: 'image/jpeg', data: new Uint8Array(data), width: info.width, height: info.height });
	} catch {
		// Right first bytes, but no picture sharp can read: a broken or disguised file.
		return fail('notImage');
	}
}
