import sharp from 'sharp';
import { imageKindOf } from '../domain/capture';
import { limits } from '../domain/limits';
import { fail, ok, type Result } from './result';

export type PhotoRefusal = 'empty' | 'tooBig' | 'notImage' | 'heic';

export interface ShrunkPhoto {
	contentType: 'image/jpeg';
	data: Uint8Array;
	width: number;
	height: number;
}

/**
 * A photo as it is stored: checked by its first bytes (never its name or the browser's type), turned
 * upright, its long side at most `photoLongSide`, as JPEG. sharp writes no metadata unless asked
 * (`withMetadata`, `keepExif`), so EXIF with its GPS position, the camera and the time are gone.
 * HEIC is refused: sharp's prebuilt libvips has no HEVC decoder, and iPhones send JPEG to a web form
 * unless told otherwise, so the message names what works.
 */
export async function shrinkPhoto(bytes: Uint8Array): Promise<Result<ShrunkPhoto, PhotoRefusal>> {
	if (bytes.length === 0) return fail('empty');
	if (bytes.length > limits.photoBytesMax) return fail('tooBig');
	const kind = imageKindOf(bytes);
	if (kind === 'heic') return fail('heic');
	if (!kind) return fail('notImage');
	try {
		const { data, info } = await sharp(bytes, { limitInputPixels: 100_000_000 })
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
