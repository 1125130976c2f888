package main

import (
	"context"
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"

	"github.com/openai-images/openai-images-go"
)

func main() {
	client := openai.NewClient() // reads OPENAI_API_KEY and OPENAI_BASE_URL
	ctx := context.Background()

	res, err := client.Images.Generate(ctx, openai.ImageGenerateParams{
		Prompt: "A cute baby sea otter",
		Model:  openai.ImageModelGPTImage1,
		Size:   openai.ImageGenerateParamsSize1024x1024,
	})
	if err != nil {
		panic(err)
	}
	image, err := base64.StdEncoding.DecodeString(res.Data[0].B64JSON)
	if err != nil {
		panic(err)
	}
	path := filepath.Join(os.TempDir(), "otter.png") // not in your working folder
	if err := os.WriteFile(path, image, 0o644); err != nil {
		panic(err)
	}
	fmt.Printf("saved %s (%d bytes, %d tokens)\n", path, len(image), res.Usage.TotalTokens)

	stream := client.Images.GenerateStreaming(ctx, openai.ImageGenerateParams{
		Prompt:        "A cute baby sea otter",
		Model:         openai.ImageModelGPTImage1,
		PartialImages: openai.Int(2),
	})
	defer stream.Close()
	for stream.Next() {
		switch event := stream.Current().AsAny().(type) {
		case openai.ImageGenPartialImageEvent:
			fmt.Printf("partial image %d: %d base64 chars\n", event.PartialImageIndex, len(event.B64JSON))
		case openai.ImageGenCompletedEvent:
			fmt.Printf("completed: %d base64 chars, %d tokens\n", len(event.B64JSON), event.Usage.TotalTokens)
		}
	}
	if err := stream.Err(); err != nil {
		panic(err)
	}
}
