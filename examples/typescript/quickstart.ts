import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai-images';

const client = new OpenAI(); // reads OPENAI_API_KEY and OPENAI_BASE_URL

const result = await client.images.generate({
  model: 'gpt-image-1',
  prompt: 'A cute baby sea otter',
  size: '1024x1024',
});
const image = Buffer.from(result.data?.[0]?.b64_json ?? '', 'base64');
const path = join(tmpdir(), 'otter.png'); // not in your working folder
writeFileSync(path, image);
console.log(`saved ${path} (${image.length} bytes, ${result.usage?.total_tokens} tokens)`);

const stream = await client.images.generate({
  model: 'gpt-image-1',
  prompt: 'A cute baby sea otter',
  stream: true,
  partial_images: 2,
});
for await (const event of stream) {
  if (event.type === 'image_generation.partial_image') {
    console.log(`partial image ${event.partial_image_index}: ${event.b64_json.length} base64 chars`);
  } else {
    console.log(`completed: ${event.b64_json.length} base64 chars, ${event.usage.total_tokens} tokens`);
  }
}
